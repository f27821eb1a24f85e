package app.casebook.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.ui.DashboardView;
import app.casebook.membership.InvitationService;
import app.casebook.notification.NotificationService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the top bar: the unread count, live; the list; a click opens the place and marks it read. */
class NotificationBellTest extends KaribuTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    NotificationService notifications;
    @Autowired
    app.casebook.review.ReviewService reviews;

    @Test
    void the_count_rises_live_when_an_invitation_is_accepted_and_opening_the_notification_marks_it_read() {
        Account casey = newAccount("Casey");
        login(casey);
        long caseStudyId = importSeed();
        UI.getCurrent().navigate(DashboardView.class);
        Span count = _get(Span.class, spec -> spec.withId("notifications-count"));
        assertThat(count.getText()).isEqualTo("0");

        Account riley = newAccount("Riley");
        String token = invitations.invite(caseStudyId, riley.email(), MemberRole.REVIEWER).token();
        Fixtures.as(riley, () -> invitations.accept(token));

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(count.getText()).isEqualTo("1");
        });

        _click(_get(Button.class, spec -> spec.withId("notifications-bell")));
        long id = notifications.mine(0, 1).getFirst().id();
        Button row = _get(Button.class, spec -> spec.withId("notification-" + id));
        assertThat(row.getText()).contains("Riley accepted your invitation");
        _click(row);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("case-studies/" + caseStudyId);
        assertThat(_get(Span.class, spec -> spec.withId("notifications-count")).getText()).isEqualTo("0");
    }

    @Test
    void mark_all_read_clears_the_count() {
        Account casey = newAccount("Casey");
        login(casey);
        long caseStudyId = importSeed();
        for (String name : new String[]{"A", "B"}) {
            Account person = newAccount(name);
            String token = invitations.invite(caseStudyId, person.email(), MemberRole.VIEWER).token();
            Fixtures.as(person, () -> invitations.accept(token));
        }
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> notifications.unreadCount() == 2);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_get(Span.class, spec -> spec.withId("notifications-count")).getText()).isEqualTo("2");

        _click(_get(Button.class, spec -> spec.withId("notifications-bell")));
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));

        assertThat(notifications.unreadCount()).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("notifications-count")).getText()).isEqualTo("0");
    }

    @Test
    void a_review_request_opens_the_case_study_with_the_review_panel_in_front() {
        app.casebook.review.ReviewFixture f = app.casebook.review.ReviewFixture.create(fixtures, caseStudies);
        Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", java.util.List.of(f.reviewer1().id()), true));
        login(f.reviewer1());
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> notifications.unreadCount() == 1);
        UI.getCurrent().navigate(DashboardView.class);

        _click(_get(Button.class, spec -> spec.withId("notifications-bell")));
        long id = notifications.mine(0, 1).getFirst().id();
        Button row = _get(Button.class, spec -> spec.withId("notification-" + id));
        assertThat(row.getText()).isEqualTo("Casey Candidate asks for your review of version 1 of “Platform Scaling "
                + "for Hypergrowth”.");
        _click(row);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("case-studies/" + f.caseStudyId());
        com.vaadin.flow.component.tabs.TabSheet panels = _get(com.vaadin.flow.component.tabs.TabSheet.class,
                spec -> spec.withId("editor-panels"));
        assertThat(panels.getSelectedTab().getId()).hasValue("review-tab");
        _get(Button.class, spec -> spec.withId("approve-button"));
    }
}
