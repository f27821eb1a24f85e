package app.casebook.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What login throttling remembers about accounts and writes to the audit log. Kept by the account feature, so that
 * {@code security} does not depend on {@code account}.
 */
public interface LoginAttemptStore {

    /** The login state of the account with this e-mail address; empty when there is no such account. */
    Optional<LoginState> find(String email);

    /** Counts one more failed login; the new state, or empty when there is no account with this e-mail address. */
    Optional<LoginState> addFailure(String email);

    /** Refuses logins to the account until {@code until}. */
    void lock(long accountId, Instant until);

    /** A successful login: the failure count starts again from zero and any lock ends. */
    void succeeded(long accountId, Instant at);

    /** One row of the site-wide audit log; {@code actorId} and {@code target} may be null. */
    void audit(String action, Long actorId, String target, String detail, String clientAddress);

    /** The failure count and lock of one account. */
    record LoginState(long accountId, int failedLogins, Instant lockedUntil) {
    }
}
