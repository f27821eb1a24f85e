package app.casebook.security;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With several nodes (profile {@code redis}) the failed logins of a client address are counted in Redis, through
 * Bucket4j's Lettuce integration, under keys {@code casebook:login-address:<address>} that expire once their bucket
 * would be full again. The connection is made on first use and again after a failure (at most every
 * {@value #RETRY_SECONDS} s); commands time out after two seconds, and while Redis is away each node counts on its
 * own (see {@link AddressThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class SharedLoginThrottle {

    static final int RETRY_SECONDS = 10;
    static final String KEY_PREFIX = "casebook:login-address:";

    @Bean(destroyMethod = "shutdown")
    RedisClient loginThrottleRedisClient(@Value("${spring.data.redis.host:localhost}") String host,
                                         @Value("${spring.data.redis.port:6379}") int port,
                                         @Value("${spring.data.redis.password:}") String password) {
        RedisURI.Builder uri = RedisURI.builder().withHost(host).withPort(port).withTimeout(Duration.ofSeconds(2));
        if (!password.isEmpty()) {
            uri.withPassword(password.toCharArray());
        }
        RedisClient client = RedisClient.create(uri.build());
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return client;
    }

    @Bean
    AddressThrottle sharedAddressThrottle(RedisClient loginThrottleRedisClient, Clock clock,
                                          @Value("${casebook.login.address-limit:20}") int limit,
                                          @Value("${casebook.login.address-window:10m}") Duration window) {
        return AddressThrottle.shared(limit, window, LoginThrottle.MAX_REMEMBERED, clock,
                new LazyProxies(loginThrottleRedisClient, clock, window));
    }

    /** Connects on first use; after a failed connection, tries again at most every {@value #RETRY_SECONDS} s. */
    static final class LazyProxies implements Supplier<ProxyManager<String>> {

        private final RedisClient client;
        private final Clock clock;
        private final Duration window;
        private volatile ProxyManager<String> proxies;
        private volatile Instant nextTry = Instant.MIN;

        LazyProxies(RedisClient client, Clock clock, Duration window) {
            this.client = client;
            this.clock = clock;
            this.window = window;
        }

        @Override
        public ProxyManager<String> get() {
            ProxyManager<String> p = proxies;
            if (p != null) {
                return p;
            }
            synchronized (this) {
                if (proxies == null) {
                    Instant now = clock.instant();
                    if (now.isBefore(nextTry)) {
                        throw new IllegalStateException("Redis was not reachable a moment ago");
                    }
                    nextTry = now.plusSeconds(RETRY_SECONDS);
                    proxies = Bucket4jLettuce.casBasedBuilder(client)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                    window))
                            .clientClock(AddressThrottle.clockMeter(clock))
                            .build()
                            .withMapper((String address) -> (KEY_PREFIX + address).getBytes(StandardCharsets.UTF_8));
                }
                return proxies;
            }
        }
    }
}
