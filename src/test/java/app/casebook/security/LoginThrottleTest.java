package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttling rules alone, with the account table replaced by a map and a clock the test moves. */
class LoginThrottleTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MovableClock clock = new MovableClock();
    private final MapStore store = new MapStore();
    private final LoginThrottle throttle = new LoginThrottle(store, clock, 20, Duration.ofMinutes(10));

    @Test
    void the_lock_starts_at_the_fifth_failure_with_one_minute_and_doubles_up_to_an_hour() {
        assertThat(LoginThrottle.lockFor(4)).isZero();
        assertThat(LoginThrottle.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockFor(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.lockFor(10)).isEqualTo(Duration.ofMinutes(32));
        assertThat(LoginThrottle.lockFor(11)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginThrottle.lockFor(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void four_failures_leave_the_account_open_and_the_fifth_locks_it_for_a_minute() {
        store.add("ann@casebook.test", 1);
        fail("ann@casebook.test", 4);
        assertThatCode(() -> throttle.check("ann@casebook.test", ADDRESS)).doesNotThrowAnyException();

        fail("ann@casebook.test", 1);

        assertThatThrownBy(() -> throttle.check("Ann@Casebook.test ", ADDRESS))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.minutesLeft(clock.instant())).isEqualTo(1));
        assertThat(store.audit).contains("ACCOUNT_LOCKED ann@casebook.test");
        clock.move(Duration.ofSeconds(61));
        assertThatCode(() -> throttle.check("ann@casebook.test", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void each_failure_after_a_lock_doubles_it_and_a_success_starts_again_from_zero() {
        store.add("ben@casebook.test", 2);
        fail("ben@casebook.test", 5);
        clock.move(Duration.ofMinutes(1));
        fail("ben@casebook.test", 1);

        assertThatThrownBy(() -> throttle.check("ben@casebook.test", ADDRESS))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.minutesLeft(clock.instant())).isEqualTo(2));

        clock.move(Duration.ofMinutes(2));
        throttle.succeeded(2, "ben@casebook.test", ADDRESS);
        fail("ben@casebook.test", 4);
        assertThatCode(() -> throttle.check("ben@casebook.test", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void an_unknown_e_mail_address_is_locked_exactly_like_an_account_so_a_lock_reveals_nothing() {
        fail("nobody@casebook.test", 4);
        assertThatCode(() -> throttle.check("nobody@casebook.test", ADDRESS)).doesNotThrowAnyException();

        fail("nobody@casebook.test", 1);

        assertThatThrownBy(() -> throttle.check("nobody@casebook.test", ADDRESS))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.minutesLeft(clock.instant())).isEqualTo(1));
    }

    @Test
    void twenty_failures_from_one_address_within_ten_minutes_block_it_for_every_e_mail_address() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("guess" + i + "@casebook.test", ADDRESS);
            clock.move(Duration.ofSeconds(10));
        }
        assertThatCode(() -> throttle.check("fresh@casebook.test", ADDRESS)).doesNotThrowAnyException();

        throttle.failed("guess19@casebook.test", ADDRESS);

        assertThatThrownBy(() -> throttle.check("fresh@casebook.test", ADDRESS))
                .isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> throttle.check("fresh@casebook.test", "192.0.2.99")).doesNotThrowAnyException();
        assertThat(store.audit).contains("ADDRESS_BLOCKED null");
        clock.move(Duration.ofMinutes(10));
        assertThatCode(() -> throttle.check("fresh@casebook.test", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void failures_spread_over_more_than_ten_minutes_do_not_block_an_address() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("slow" + i + "@casebook.test", ADDRESS);
            clock.move(Duration.ofSeconds(31));
        }
        assertThatCode(() -> throttle.check("fresh@casebook.test", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void trying_a_locked_account_again_and_again_gets_the_address_blocked_too() {
        store.add("cat@casebook.test", 3);
        fail("cat@casebook.test", 5);
        for (int i = 0; i < 15; i++) {
            assertThatThrownBy(() -> throttle.check("cat@casebook.test", ADDRESS))
                    .isInstanceOf(LoginThrottledException.class);
        }
        clock.move(Duration.ofMinutes(2));

        assertThatThrownBy(() -> throttle.check("someone-else@casebook.test", ADDRESS))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(store.audit.stream().filter(a -> a.startsWith("LOGIN_REFUSED"))).hasSize(15);
    }

    private void fail(String email, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, ADDRESS);
        }
    }

    private static final class MapStore implements LoginAttemptStore {
        private final Map<String, LoginState> accounts = new HashMap<>();
        final List<String> audit = new ArrayList<>();

        void add(String email, long id) {
            accounts.put(email, new LoginState(id, 0, null));
        }

        @Override
        public Optional<LoginState> find(String email) {
            return Optional.ofNullable(accounts.get(email));
        }

        @Override
        public Optional<LoginState> addFailure(String email) {
            LoginState s = accounts.get(email);
            if (s == null) {
                return Optional.empty();
            }
            LoginState next = new LoginState(s.accountId(), s.failedLogins() + 1, s.lockedUntil());
            accounts.put(email, next);
            return Optional.of(next);
        }

        @Override
        public void lock(long accountId, Instant until) {
            accounts.replaceAll((k, s) -> s.accountId() == accountId ? new LoginState(accountId, s.failedLogins(), until) : s);
        }

        @Override
        public void succeeded(long accountId, Instant at) {
            accounts.replaceAll((k, s) -> s.accountId() == accountId ? new LoginState(accountId, 0, null) : s);
        }

        @Override
        public void audit(String action, Long actorId, String target, String detail, String clientAddress) {
            audit.add(action + " " + target);
        }
    }
}
