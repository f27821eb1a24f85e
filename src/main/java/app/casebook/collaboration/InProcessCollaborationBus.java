package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers events to the watchers on this node. Each delivery runs on its own virtual thread, so a slow watcher
 * never holds up the person who saved or the other watchers.
 */
@Component
public class InProcessCollaborationBus implements CollaborationBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessCollaborationBus.class);

    private final Map<Long, Set<Consumer<CaseStudyEvent>>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void publish(CaseStudyEvent event) {
        deliverLocally(event);
    }

    /** Hands an event to this node's watchers of its case study. */
    public void deliverLocally(CaseStudyEvent event) {
        Set<Consumer<CaseStudyEvent>> set = watchers.get(event.caseStudyId());
        if (set == null) {
            return;
        }
        for (Consumer<CaseStudyEvent> listener : set) {
            delivery.execute(() -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A watcher of case study {} failed on {}", event.caseStudyId(), event.getClass().getSimpleName(), e);
                }
            });
        }
    }

    @Override
    public Subscription subscribe(long caseStudyId, Consumer<CaseStudyEvent> listener) {
        watchers.computeIfAbsent(caseStudyId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> watchers.computeIfPresent(caseStudyId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many watchers this node has on a case study. */
    public int watcherCount(long caseStudyId) {
        Set<Consumer<CaseStudyEvent>> set = watchers.get(caseStudyId);
        return set == null ? 0 : set.size();
    }

    @PreDestroy
    void stop() {
        delivery.shutdown();
    }
}
