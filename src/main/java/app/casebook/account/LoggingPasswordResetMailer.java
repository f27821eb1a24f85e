package app.casebook.account;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The mailer used until a real one exists: sends nothing and logs only that a reset was requested, for which account
 * id — never the address's link or token. An administrator can still reset the password by hand.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LoggingPasswordResetMailer implements PasswordResetMailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingPasswordResetMailer.class);

    @Override
    public void sendResetLink(String email, String displayName, String link, Duration validFor) {
        log.info("A password reset was requested; no mail is configured, so no link was sent "
                + "(an administrator can reset the password on the admin screen)");
    }
}
