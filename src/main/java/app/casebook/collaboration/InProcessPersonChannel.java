package app.casebook.collaboration;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Signals to the windows open on this node, each on its own virtual thread. */
@Component
public class InProcessPersonChannel implements PersonChannel {

    private static final Logger log = LoggerFactory.getLogger(InProcessPersonChannel.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void signal(long accountId) {
        deliverLocally(accountId);
    }

    /** Calls this node's listeners of one person. */
    public void deliverLocally(long accountId) {
        Set<Runnable> set = listeners.get(accountId);
        if (set == null) {
            return;
        }
        for (Runnable listener : set) {
            delivery.execute(() -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A listener of account {} failed", accountId, e);
                }
            });
        }
    }

    /** Calls every listener on this node once: signals may have been missed (Redis was away from this node). */
    public void resyncAll() {
        for (Long accountId : listeners.keySet()) {
            deliverLocally(accountId);
        }
    }

    @Override
    public CollaborationBus.Subscription subscribe(long accountId, Runnable listener) {
        listeners.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(accountId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void stop() {
        delivery.shutdown();
    }
}
