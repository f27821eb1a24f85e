package app.casebook;

import static app.casebook.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.casebook.account.Account;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.SectionSaved;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.collaboration.CollaborationBus;
import app.casebook.security.LoginThrottle;
import app.casebook.security.LoginThrottledException;
import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures an operator watches in {@code /actuator/prometheus} move with what people do: saves by outcome and
 * their duration, live events handed to watchers and their lag, open editors and browser tabs, failed logins, the
 * mail queue.
 */
class DomainMetricsTest extends KaribuTest {

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private CollaborationBus bus;

    @Autowired
    private LoginThrottle throttle;

    @Test
    void saves_are_counted_by_outcome_and_timed() {
        Account owner = newAccount("Mona Metrics");
        login(owner);
        long id = importSeed();
        Section s = section(id, "The Context");
        double savedBefore = count("casebook.section.saves", "outcome", "saved");
        double mergedBefore = count("casebook.section.saves", "outcome", "merged");
        double conflictsBefore = count("casebook.section.saves", "outcome", "conflict");
        long timedBefore = meters.get("casebook.section.save.duration").timer().count();

        long base = caseStudies.saveSectionText(s.id(), s.revisionId(), "One.\n\nTwo.\n\nThree.").revisionId();
        caseStudies.saveSectionText(s.id(), base, "One changed.\n\nTwo.\n\nThree.");
        caseStudies.saveSectionText(s.id(), base, "One.\n\nTwo.\n\nThree changed.");
        caseStudies.saveSectionText(s.id(), base, "One in another way.\n\nTwo.\n\nThree.");

        assertThat(count("casebook.section.saves", "outcome", "saved") - savedBefore).isEqualTo(2);
        assertThat(count("casebook.section.saves", "outcome", "merged") - mergedBefore).isEqualTo(1);
        assertThat(count("casebook.section.saves", "outcome", "conflict") - conflictsBefore).isEqualTo(1);
        assertThat(meters.get("casebook.section.save.duration").timer().count() - timedBefore).isEqualTo(4);
    }

    @Test
    void an_open_editor_is_a_watcher_and_a_browser_tab_and_live_events_reach_it_with_their_lag_measured() {
        Account owner = newAccount("Wanda Watcher");
        login(owner);
        long id = importSeed();
        double watchersBefore = gauge("casebook.live.watchers");
        long lagBefore = meters.get("casebook.live.push.lag").timer().count();
        assertThat(gauge("casebook.ui.open")).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate(EditorView.path(id));

        assertThat(gauge("casebook.live.watchers")).isEqualTo(watchersBefore + 1);
        bus.publish(new SectionSaved(id, section(id, "The Context").id(), owner.id(), 1, RevisionKind.EDIT));
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> meters.get("casebook.live.push.lag").timer().count() > lagBefore);
        UI.getCurrent().navigate("");
        assertThat(gauge("casebook.live.watchers")).isEqualTo(watchersBefore);
    }

    @Test
    void failed_and_refused_logins_are_counted() {
        double failed = count("casebook.login.failures");
        double refused = count("casebook.login.refused", "reason", "account");
        String email = "metrics-" + System.nanoTime() + "@casebook.test";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed(email, "203.0.113.77");
        }
        assertThatThrownBy(() -> throttle.check(email, "203.0.113.78")).isInstanceOf(LoginThrottledException.class);

        assertThat(count("casebook.login.failures") - failed).isEqualTo(LoginThrottle.FREE_FAILURES);
        assertThat(count("casebook.login.refused", "reason", "account") - refused).isEqualTo(1);
    }

    @Test
    void the_mail_queue_gauge_shows_the_unsent_mails_of_the_outbox_within_seconds() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(db.insertInto(MAIL_OUTBOX).set(MAIL_OUTBOX.RECIPIENT, "queue-" + i + "@casebook.test")
                    .set(MAIL_OUTBOX.SUBJECT, "Queued").set(MAIL_OUTBOX.BODY, "Body").set(MAIL_OUTBOX.CREATED_AT, now)
                    .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now.plusHours(1)).returning(MAIL_OUTBOX.ID).fetchOne()
                    .getId());
        }
        try {
            int unsent = db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SENT_AT.isNull());
            assertThat(unsent).isGreaterThanOrEqualTo(3);
            await().pollInSameThread().atMost(Duration.ofSeconds(12))
                    .until(() -> gauge("casebook.mail.queue") == unsent);

            db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.SENT_AT, now).where(MAIL_OUTBOX.ID.eq(ids.getFirst())).execute();
            await().pollInSameThread().atMost(Duration.ofSeconds(12))
                    .until(() -> gauge("casebook.mail.queue") == unsent - 1);
        } finally {
            db.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.in(ids)).execute();
        }
    }

    private double count(String name, String... tags) {
        Search search = meters.find(name).tags(tags);
        return search.counter() == null ? 0 : search.counter().count();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

}
