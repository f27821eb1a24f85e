package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Delivers events to the watchers on this node. Each delivery runs on its own virtual thread, so a slow watcher
 * never holds up the person who saved or the other watchers.
 *
 * <p>Metrics (in {@code /actuator/prometheus}): {@value #PUSH_LAG}, the time from the commit that published an
 * event to its hand-over to a watcher on this node (across nodes with the nodes' clocks, so keep them in NTP);
 * {@value #WATCHERS}, the open editors watching a case study on this node.
 */
@Component
public class InProcessCollaborationBus implements CollaborationBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessCollaborationBus.class);

    static final String PUSH_LAG = "casebook.live.push.lag";
    static final String WATCHERS = "casebook.live.watchers";

    private final Map<Long, Set<Consumer<CaseStudyEvent>>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();
    private final Timer pushLag;

    /** A bus whose figures go nowhere (tests and benchmarks that build their own). */
    public InProcessCollaborationBus() {
        this(new SimpleMeterRegistry());
    }

    @Autowired
    public InProcessCollaborationBus(MeterRegistry meters) {
        pushLag = Timer.builder(PUSH_LAG)
                .description("From the commit that published a live event to its hand-over to a watcher on this node")
                .publishPercentileHistogram()
                .register(meters);
        Gauge.builder(WATCHERS, watchers, w -> w.values().stream().mapToInt(Set::size).sum())
                .description("Open editors watching a case study on this node")
                .register(meters);
    }

    @Override
    public void publish(CaseStudyEvent event) {
        deliverLocally(event, System.currentTimeMillis());
    }

    /** Hands an event to this node's watchers of its case study, now. */
    public void deliverLocally(CaseStudyEvent event) {
        deliverLocally(event, System.currentTimeMillis());
    }

    /**
     * Hands an event to this node's watchers of its case study; {@code publishedAtMillis} is when it was published
     * after its commit (milliseconds since the epoch, possibly on another node), for the push-lag figure.
     */
    public void deliverLocally(CaseStudyEvent event, long publishedAtMillis) {
        deliver(event, publishedAtMillis);
    }

    /**
     * Hands a {@link LiveResync} to every watcher on this node, each for its own case study: they may have missed
     * events (Redis was away from this node), so each reads what it shows again. Not counted in the push lag.
     */
    public void resyncAll() {
        for (Long caseStudyId : watchers.keySet()) {
            deliver(new LiveResync(caseStudyId), -1);
        }
    }

    private void deliver(CaseStudyEvent event, long publishedAtMillis) {
        Set<Consumer<CaseStudyEvent>> set = watchers.get(event.caseStudyId());
        if (set == null) {
            return;
        }
        for (Consumer<CaseStudyEvent> listener : set) {
            delivery.execute(() -> {
                if (publishedAtMillis >= 0) {
                    pushLag.record(Math.max(0, System.currentTimeMillis() - publishedAtMillis),
                            TimeUnit.MILLISECONDS);
                }
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
