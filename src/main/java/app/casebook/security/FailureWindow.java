package app.casebook.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (a client address) in a sliding time window: at {@code limit} failures within
 * {@code window}, the key is blocked until the oldest of them leaves the window. Kept in memory, so each application
 * node counts on its own; at most {@code maxKeys} keys are remembered.
 */
final class FailureWindow {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailureWindow(int limit, Duration window, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /** Counts a failure; true when this one reached the limit. */
    boolean add(String key, Instant now) {
        if (failures.size() >= maxKeys) {
            prune(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            dropOld(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
            return times.size() == limit;
        }
    }

    /** When the key may try again; null when it is not blocked. */
    Instant blockedUntil(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        synchronized (times) {
            dropOld(times, now);
            return times.size() >= limit ? times.peekFirst().plus(window) : null;
        }
    }

    private void dropOld(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private void prune(Instant now) {
        Instant start = now.minus(window);
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || !times.peekLast().isAfter(start)) {
                    it.remove();
                }
            }
        }
        if (failures.size() >= maxKeys) {
            failures.clear();
        }
    }
}
