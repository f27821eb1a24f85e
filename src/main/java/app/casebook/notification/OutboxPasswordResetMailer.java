package app.casebook.notification;

import app.casebook.account.PasswordResetMailer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Forgot password" by real e-mail, through the outbox (sent after commit, retried). Takes precedence over the
 * account feature's logging default. With mail off it sends nothing and says so in the log, without the link.
 */
@Component
@Order(0)
class OutboxPasswordResetMailer implements PasswordResetMailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxPasswordResetMailer.class);

    private final MailOutbox outbox;

    OutboxPasswordResetMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void sendResetLink(String email, String displayName, String link, Duration validFor) {
        if (!outbox.enabled()) {
            log.info("A password reset was requested, but e-mail is off (no MAIL_HOST): no message sent");
            return;
        }
        outbox.queue(email, "Casebook: choose a new password",
                "Hello " + displayName + ",\n\nSomeone (hopefully you) asked to reset your Casebook password. "
                        + "Choose a new one here within " + validFor.toMinutes() + " minutes:\n\n" + link
                        + "\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n");
    }
}
