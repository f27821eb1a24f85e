package app.casebook.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 9, "presence that reflects reality": a window lives on its heartbeats, in this node's memory. */
class PresenceExpiryTest {

    private final MovableClock clock = new MovableClock();
    private final InMemoryPresenceStore store = new InMemoryPresenceStore(clock);

    @Test
    void presence_reflects_reality_a_killed_browser_is_gone_within_the_ttl_while_a_live_one_stays() {
        store.put(1L, "alive", new PresenceStore.Entry(5L, "Riley Reviewer", 9L));
        store.put(1L, "killed", new PresenceStore.Entry(6L, "Kim Killed", null));

        for (int beat = 0; beat < 6; beat++) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(store.touch(1L, "alive")).isTrue();
        }

        assertThat(store.entries(1L)).containsOnlyKeys("alive");
        assertThat(store.contains(1L, "killed")).isFalse();
        assertThat(store.touch(1L, "killed")).as("an expired window must join again").isFalse();
        assertThat(PresenceStore.TTL.plusSeconds(10)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void presence_reflects_reality_an_entry_is_there_until_its_ttl_runs_out() {
        store.put(2L, "w", new PresenceStore.Entry(5L, "Riley Reviewer", null));
        clock.advance(PresenceStore.TTL.minusSeconds(1));
        assertThat(store.entries(2L)).containsOnlyKeys("w");
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.entries(2L)).isEmpty();
        assertThat(store.remove(2L, "w")).isNull();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
