package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.MovableClock;
import app.casebook.base.RedisTest;
import io.lettuce.core.RedisClient;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-address login throttle of several nodes, against the real Redis at 127.0.0.1:6379 (no Spring): two
 * throttles with their own Redis clients stand for two nodes behind the load balancer.
 */
@ExtendWith(RedisTest.Condition.class)
class SharedLoginThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final MovableClock clock = new MovableClock();
    private final RedisClient clientOfNode1 = new SharedLoginThrottle().loginThrottleRedisClient("127.0.0.1", 6379, "");
    private final RedisClient clientOfNode2 = new SharedLoginThrottle().loginThrottleRedisClient("127.0.0.1", 6379, "");
    private final String address = "198.51.100." + UUID.randomUUID();

    @AfterEach
    void shutDown() {
        clientOfNode1.shutdown();
        clientOfNode2.shutdown();
    }

    @Test
    void failures_spread_over_two_nodes_are_counted_together_and_block_the_address_on_both() {
        AddressThrottle node1 = throttle(clientOfNode1);
        AddressThrottle node2 = throttle(clientOfNode2);

        for (int i = 0; i < 10; i++) {
            assertThat(node1.add(address)).isFalse();
            assertThat(i == 9 ? node2.add(address) : !node2.add(address)).isTrue();
        }

        assertThat(node1.blockedUntil(address, clock.instant())).isNotNull();
        assertThat(node2.blockedUntil(address, clock.instant())).isNotNull();
        assertThat(node2.blockedUntil("203.0.113.7-" + UUID.randomUUID(), clock.instant())).isNull();
        clock.move(WINDOW);
        assertThat(node1.blockedUntil(address, clock.instant())).isNull();
    }

    @Test
    void a_node_whose_redis_is_away_counts_on_its_own_and_never_fails_a_login() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        RedisClient away = new SharedLoginThrottle().loginThrottleRedisClient("127.0.0.1", closedPort, "");
        try {
            AddressThrottle node = throttle(away);
            for (int i = 0; i < 19; i++) {
                node.add(address);
            }
            assertThat(node.blockedUntil(address, clock.instant())).isNull();
            assertThat(node.add(address)).isTrue();
            assertThat(node.blockedUntil(address, clock.instant())).isNotNull();
        } finally {
            away.shutdown();
        }
    }

    private AddressThrottle throttle(RedisClient client) {
        return new SharedLoginThrottle().sharedAddressThrottle(client, clock, 20, WINDOW);
    }
}
