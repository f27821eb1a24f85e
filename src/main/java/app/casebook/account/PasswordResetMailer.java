package app.casebook.account;

import java.time.Duration;

/**
 * Sends a person the link to choose a new password ("Forgot password"). The default ({@link LoggingPasswordResetMailer})
 * sends nothing and only logs that a reset was requested; a real mailer (SMTP, the notification feature) is a Spring
 * bean implementing this interface with a higher precedence ({@link org.springframework.core.annotation.Order} smaller
 * than {@link org.springframework.core.Ordered#LOWEST_PRECEDENCE}), and {@link PasswordResets} uses it instead.
 *
 * <p>The link holds a secret: never log it, nor put it anywhere but the message to {@code email}.
 */
public interface PasswordResetMailer {

    void sendResetLink(String email, String displayName, String link, Duration validFor);
}
