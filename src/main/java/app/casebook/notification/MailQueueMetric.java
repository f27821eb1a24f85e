package app.casebook.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@value #NAME} in {@code /actuator/prometheus}: the mails in the outbox not sent yet (waiting for their first
 * attempt or for a retry), counted in the database, so every node shows the same figure. Cheap to scrape: the count
 * (one indexed query) is read at most once every {@link #FRESH}; a scrape in between gets the last count. While the
 * database does not answer, the last count stays.
 */
@Component
class MailQueueMetric {

    static final String NAME = "casebook.mail.queue";
    static final Duration FRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(MailQueueMetric.class);

    private final NotificationRepository repository;
    private long countedAtNanos;
    private boolean counted;
    private double last = Double.NaN;

    MailQueueMetric(NotificationRepository repository, MeterRegistry meters) {
        this.repository = repository;
        Gauge.builder(NAME, this, MailQueueMetric::unsent)
                .description("Mails in the outbox not sent yet (counted at most every " + FRESH.toSeconds() + " s)")
                .register(meters);
    }

    synchronized double unsent() {
        long now = System.nanoTime();
        if (!counted || now - countedAtNanos >= FRESH.toNanos()) {
            countedAtNanos = now;
            counted = true;
            try {
                last = repository.pendingMail();
            } catch (RuntimeException e) {
                log.debug("Mail queue not counted, keeping the last count", e);
            }
        }
        return last;
    }
}
