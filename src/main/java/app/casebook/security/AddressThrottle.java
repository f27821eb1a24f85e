package app.casebook.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins per client address, counted in Bucket4j token buckets: an address may fail {@code limit} times per
 * {@code window}; its bucket is filled up again once per window (interval refill), so {@code limit} failures in a row
 * block the address until its window ends (OWASP ASVS 2.2.1, anti-automation).
 *
 * <p>With shared buckets (profile {@code redis}, see {@link SharedLoginThrottle}) every node counts the same failures,
 * so an attacker spreading guesses over the nodes behind the load balancer gains nothing. While the shared store cannot
 * be reached, each node counts in its own memory, logs that once, and goes back to the shared buckets when it answers
 * again: a login never fails because Redis is away. In memory at most {@code maxKeys} addresses are remembered.
 */
final class AddressThrottle {

    private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

    private final int limit;
    private final BucketConfiguration configuration;
    private final TimeMeter time;
    private final int maxKeys;
    private final Supplier<ProxyManager<String>> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private volatile boolean sharedFailing;

    private AddressThrottle(int limit, Duration window, int maxKeys, Clock clock,
                            Supplier<ProxyManager<String>> shared) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit must be at least 1 and window positive");
        }
        this.limit = limit;
        this.configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit).refillIntervally(limit, window))
                .build();
        this.time = clockMeter(clock);
        this.maxKeys = maxKeys;
        this.shared = shared;
    }

    /** Buckets in this node's memory only. */
    static AddressThrottle inMemory(int limit, Duration window, int maxKeys, Clock clock) {
        return new AddressThrottle(limit, window, maxKeys, clock, null);
    }

    /**
     * Buckets in a store every node shares; {@code proxies} gives the store's proxy manager (it may throw while the
     * store is away), keyed by client address.
     */
    static AddressThrottle shared(int limit, Duration window, int maxKeys, Clock clock,
                                  Supplier<ProxyManager<String>> proxies) {
        return new AddressThrottle(limit, window, maxKeys, clock, proxies);
    }

    /** The meter Bucket4j reads time from: the application's clock (so tests can move it), in nanoseconds. */
    static TimeMeter clockMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Counts a failed login from {@code address}; true when this one used the address's last allowance. */
    boolean add(String address) {
        ConsumptionProbe probe = withBucket(address, b -> b.tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    /** When {@code address} may try again; null when it is not blocked. */
    Instant blockedUntil(String address, Instant now) {
        EstimationProbe probe = withBucket(address, b -> b.estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? null : now.plusNanos(probe.getNanosToWaitForRefill());
    }

    private <T> T withBucket(String address, java.util.function.Function<Bucket, T> action) {
        if (shared != null) {
            try {
                T result = action.apply(shared.get().getProxy(address, () -> configuration));
                if (sharedFailing) {
                    sharedFailing = false;
                    log.info("Login throttling counts failed logins across all nodes again");
                }
                return result;
            } catch (RuntimeException e) {
                if (!sharedFailing) {
                    sharedFailing = true;
                    log.warn("Login throttling cannot reach Redis ({}: {}); this node counts failed logins on its "
                            + "own until it can", e.getClass().getSimpleName(), rootMessage(e));
                }
            }
        }
        return action.apply(localBucket(address));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private Bucket localBucket(String address) {
        if (local.size() >= maxKeys && !local.containsKey(address)) {
            local.values().removeIf(b -> b.getAvailableTokens() >= limit);
            if (local.size() >= maxKeys) {
                local.clear();
            }
        }
        return local.computeIfAbsent(address, a -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(configuration.getBandwidths()[0])
                .build());
    }
}
