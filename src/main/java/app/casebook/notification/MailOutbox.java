package app.casebook.notification;

import app.casebook.base.Times;
import app.casebook.membership.InvitationMailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mail through the outbox: {@link #queue} writes a mail in the caller's transaction (so it exists exactly when
 * what caused it committed), and {@link #sendDue} sends what is due every few seconds, outside any action. A failed
 * send is logged and retried later (1, 2, 4 … up to 60 minutes apart), never lost, and never delays the action. Off
 * without an SMTP host ({@link MailSettings}): nothing is queued then. Also sends invitation links
 * ({@link InvitationMailer}).
 */
@Component
@EnableScheduling
class MailOutbox implements InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final NotificationRepository repository;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;

    MailOutbox(NotificationRepository repository, MailSettings settings, ObjectProvider<JavaMailSender> sender,
               Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.sender = sender;
        this.clock = clock;
    }

    boolean enabled() {
        return settings.enabled();
    }

    String link(String path) {
        return settings.link(path);
    }

    /** Puts a mail in the outbox, in the current transaction. */
    void queue(String recipient, String subject, String body) {
        String oneLine = subject.replaceAll("[\\r\\n]+", " ");
        repository.queueMail(recipient, oneLine.length() > 300 ? oneLine.substring(0, 299) + "…" : oneLine, body,
                Times.now(clock));
    }

    @Override
    public void invitationMade(String email, String inviterName, String caseStudyTitle, String token) {
        if (!enabled()) {
            return;
        }
        String link = settings.link("invitation/" + token);
        queue(email, "Casebook: " + inviterName + " invites you to “" + caseStudyTitle + "”",
                "Hello,\n\n" + inviterName + " invites you to the case study “" + caseStudyTitle + "” on Casebook.\n\n"
                        + "Accept the invitation: " + link + "\n\nThe link works once and expires; if it no longer "
                        + "works, ask " + inviterName + " for a new one.\n");
    }

    @Scheduled(fixedDelayString = "${casebook.mail.send-interval:5s}", initialDelayString = "10s")
    void sendDueOnSchedule() {
        if (enabled()) {
            JavaMailSender mail = sender.getIfAvailable();
            if (mail != null) {
                sendDue(mail);
            }
        }
    }

    /** Sends every due mail with {@code mail}; returns how many went out. */
    int sendDue(JavaMailSender mail) {
        int sent = 0;
        List<NotificationRepository.Mail> due = repository.dueMail(Times.now(clock), BATCH);
        for (NotificationRepository.Mail m : due) {
            LocalDateTime now = Times.now(clock);
            Duration backoff = Duration.ofMinutes(Math.min(60, 1L << Math.min(m.attempts(), 6)));
            if (!repository.claim(m.id(), m.attempts(), now.plus(backoff))) {
                continue;
            }
            try {
                MimeMessage message = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(m.recipient());
                helper.setSubject(m.subject());
                helper.setText(m.body(), false);
                mail.send(message);
                repository.markSent(m.id(), Times.now(clock));
                sent++;
            } catch (MailException | MessagingException e) {
                // The body may hold a link with a token: only the mail's id and the error go to the log.
                log.warn("Mail {} not sent (attempt {}), retrying in {}: {}", m.id(), m.attempts() + 1, backoff,
                        e.getMessage());
                repository.markFailed(m.id(), String.valueOf(e.getMessage()));
            }
        }
        return sent;
    }
}
