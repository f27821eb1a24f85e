package app.casebook.security;

import app.casebook.security.LoginAttemptStore.LoginState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per e-mail address: after {@value #FREE_FAILURES} failed logins in a row the account
 * is locked for 1 minute, and each further failure doubles the lock (2, 4, 8 … minutes, at most an hour); a
 * successful login starts again from zero. Per client address: {@code casebook.login.address-limit} failures within
 * {@code casebook.login.address-window} block the address until that window ends ({@link AddressThrottle}: Bucket4j
 * token buckets, counted across all nodes in Redis with the {@code redis} profile).
 *
 * <p>E-mail addresses without an account are counted the same way (in memory), so a lock-out tells nobody whether
 * an account exists. Metrics: {@value #FAILURES}, {@value #REFUSED} (by reason: address or account) and
 * {@value #ADDRESSES_BLOCKED}. Failures and successes arrive as Spring Security's authentication events; {@link #check} runs
 * before the password is looked at.
 */
@Component
public class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    static final String FAILURES = "casebook.login.failures";
    static final String REFUSED = "casebook.login.refused";
    static final String ADDRESSES_BLOCKED = "casebook.login.addresses.blocked";
    static final Duration MAX_LOCK = Duration.ofHours(1);
    static final int MAX_REMEMBERED = 10_000;
    private static final int MAX_EMAIL = 254;
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginAttemptStore store;
    private final Clock clock;
    private final AddressThrottle addresses;
    private final Counter failures;
    private final Counter refusedForAddress;
    private final Counter refusedForAccount;
    private final Counter addressesBlocked;
    private final Map<String, Unknown> unknownEmails = new ConcurrentHashMap<>();

    /** One node on its own: failed logins per client address are counted in this node's memory. */
    LoginThrottle(LoginAttemptStore store, Clock clock, int addressLimit, Duration addressWindow) {
        this(store, clock, AddressThrottle.inMemory(addressLimit, addressWindow, MAX_REMEMBERED, clock),
                new SimpleMeterRegistry());
    }

    @Autowired
    LoginThrottle(LoginAttemptStore store, Clock clock, ObjectProvider<AddressThrottle> shared, MeterRegistry meters,
                  @Value("${casebook.login.address-limit:20}") int addressLimit,
                  @Value("${casebook.login.address-window:10m}") Duration addressWindow) {
        this(store, clock, shared.getIfAvailable(
                () -> AddressThrottle.inMemory(addressLimit, addressWindow, MAX_REMEMBERED, clock)), meters);
    }

    private LoginThrottle(LoginAttemptStore store, Clock clock, AddressThrottle addresses, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.addresses = addresses;
        this.failures = Counter.builder(FAILURES).description("Failed logins (wrong e-mail or password)")
                .register(meters);
        this.refusedForAddress = Counter.builder(REFUSED).tag("reason", "address")
                .description("Logins refused before the password was checked").register(meters);
        this.refusedForAccount = Counter.builder(REFUSED).tag("reason", "account")
                .description("Logins refused before the password was checked").register(meters);
        this.addressesBlocked = Counter.builder(ADDRESSES_BLOCKED)
                .description("Client addresses that reached the failed-login limit").register(meters);
    }

    /** How long an account stays locked after its {@code failures}-th failure in a row; zero below the limit. */
    public static Duration lockFor(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 6);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    /** Refuses a login attempt, before its password is checked, while the e-mail or the client address is locked. */
    public void check(String username, String clientAddress) {
        Instant now = clock.instant();
        Instant addressBlocked = addresses.blockedUntil(clientAddress, now);
        if (addressBlocked != null) {
            refusedForAddress.increment();
            throw new LoginThrottledException(addressBlocked);
        }
        String email = normalise(username);
        Instant locked = emailLockedUntil(email, now);
        if (locked != null) {
            // Hammering a locked account counts against the address too, and stops filling the audit log once that
            // address is blocked.
            addresses.add(clientAddress);
            store.audit("LOGIN_REFUSED", null, target(email), "Login refused while locked", clientAddress);
            refusedForAccount.increment();
            throw new LoginThrottledException(locked);
        }
    }

    /** Counts a failed login (wrong password or unknown e-mail) against the e-mail and the client address. */
    public void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        String email = normalise(username);
        store.audit("LOGIN_FAILED", null, target(email), "Wrong e-mail or password", clientAddress);
        failures.increment();
        if (addresses.add(clientAddress)) {
            addressesBlocked.increment();
            store.audit("ADDRESS_BLOCKED", null, null, "Too many failed logins from this address", clientAddress);
            log.warn("Login failures from {} reached the limit; the address is blocked for a while", clientAddress);
        }
        Optional<LoginState> state = known(email) ? store.addFailure(email) : Optional.empty();
        if (state.isPresent()) {
            Duration lock = lockFor(state.get().failedLogins());
            if (!lock.isZero()) {
                store.lock(state.get().accountId(), now.plus(lock));
                store.audit("ACCOUNT_LOCKED", null, target(email), "Locked for " + lock.toMinutes()
                        + " min after " + state.get().failedLogins() + " failed logins", clientAddress);
            }
        } else {
            countUnknown(email, now);
        }
    }

    /** A successful login: the account's failure count starts again from zero. */
    public void succeeded(long accountId, String email, String clientAddress) {
        store.succeeded(accountId, clock.instant());
        store.audit("LOGIN", accountId, target(email), "Logged in", clientAddress);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        try {
            failed(event.getAuthentication().getName(), clientAddress(event.getAuthentication()));
        } catch (RuntimeException e) {
            log.error("Could not record a failed login", e);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof CasebookUser user) {
            try {
                succeeded(user.accountId(), user.email(), clientAddress(auth));
            } catch (RuntimeException e) {
                log.error("Could not record a successful login", e);
            }
        }
    }

    /** The client address a login attempt came from, as the servlet container saw it. */
    static String clientAddress(Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    private Instant emailLockedUntil(String email, Instant now) {
        if (!known(email)) {
            return null;
        }
        Optional<LoginState> state = store.find(email);
        Instant until = state.isPresent() ? state.get().lockedUntil() : unknownLockedUntil(email);
        return until != null && until.isAfter(now) ? until : null;
    }

    private Instant unknownLockedUntil(String email) {
        Unknown u = unknownEmails.get(email);
        return u == null ? null : u.lockedUntil();
    }

    private void countUnknown(String email, Instant now) {
        if (email.isEmpty() || email.length() > MAX_EMAIL) {
            return;
        }
        if (unknownEmails.size() >= MAX_REMEMBERED) {
            unknownEmails.values().removeIf(u -> u.last().isBefore(now.minus(Duration.ofDays(1))));
            if (unknownEmails.size() >= MAX_REMEMBERED) {
                unknownEmails.clear();
            }
        }
        unknownEmails.compute(email, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Duration lock = lockFor(failures);
            return new Unknown(failures, lock.isZero() ? null : now.plus(lock), now);
        });
    }

    private static boolean known(String email) {
        return !email.isEmpty() && email.length() <= MAX_EMAIL;
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String target(String email) {
        return email.length() > MAX_EMAIL ? email.substring(0, MAX_EMAIL) : email;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private record Unknown(int failures, Instant lockedUntil, Instant last) {
    }
}
