package app.casebook.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before the password was looked at, because of too many failures for the e-mail address or from
 * the client address. Says nothing about whether the account exists.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Instant retryAt;

    public LoginThrottledException(Instant retryAt) {
        super("Too many failed attempts");
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }

    /** Whole minutes until the next attempt is allowed, at least one. */
    public long minutesLeft(Instant now) {
        long seconds = Math.max(0, Duration.between(now, retryAt).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }
}
