package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.MemberRole;
import app.casebook.comment.CommentService;
import app.casebook.membership.InvitationService;
import app.casebook.notification.NotificationService;
import app.casebook.review.ReviewFixture;
import app.casebook.review.ReviewService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard says what needs me: awaiting my review first, then case studies with something unread (comments or
 * notifications), then the rest; within each, the newest activity first, shown with who.
 */
class DashboardNeedsMeTest extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    CommentService comments;
    @Autowired
    InvitationService invitations;
    @Autowired
    NotificationService notifications;

    @SuppressWarnings("unchecked")
    private static Grid<CaseStudySummary> caseStudiesGrid() {
        return _get(Grid.class, spec -> spec.withId("case-studies"));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void what_needs_me_comes_first_with_its_marks_and_the_last_activity_with_who() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        Account riley = f.reviewer1();
        long awaiting = f.caseStudyId();
        Fixtures.as(f.owner(), () -> reviews.submit(awaiting, "", List.of(riley.id()), true));

        Account olive = fixtures.account("Olive Owner");
        long commented = fixtures.importSeed(olive);
        fixtures.addMember(commented, riley, MemberRole.REVIEWER);
        long sectionId = Fixtures.as(olive, () -> caseStudies.get(commented).sections().getFirst().id());
        Fixtures.as(olive, () -> comments.openThread(sectionId, null, "Does this read well?", null));

        long notified = fixtures.importSeed(riley);
        Account jo = fixtures.account("Jo Joiner");
        String token = Fixtures.as(riley, () -> invitations.invite(notified, jo.email(), MemberRole.VIEWER)).token();
        Fixtures.as(jo, () -> invitations.accept(token));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Fixtures.as(riley, notifications::unreadCount) >= 2);

        long quiet = fixtures.importSeed(riley);

        login(riley);
        navigate("");
        Grid<CaseStudySummary> grid = caseStudiesGrid();

        assertThat(shownRows(grid, 10)).extracting(CaseStudySummary::id)
                .as("awaiting my review, then unread (newest activity first), then the rest although it is newest")
                .containsExactly(awaiting, notified, commented, quiet);
        assertThat(text(GridKt._getCellComponent(grid, 0, "status"))).contains("In review").contains("Awaiting my review");
        assertThat(text(GridKt._getCellComponent(grid, 1, "status"))).doesNotContain("Awaiting my review");
        assertThat(((Span) GridKt._getCellComponent(grid, 2, "unread-comments")).getText()).isEqualTo("1");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "unread-notifications")).getText()).isEqualTo("1");
        assertThat(text(GridKt._getCellComponent(grid, 3, "unread-notifications"))).isEmpty();
        assertThat(text(GridKt._getCellComponent(grid, 3, "unread-comments"))).isEmpty();
        assertThat(GridKt._getFormatted(grid, 1, "lastActivity")).isEqualTo("Jo Joiner, just now");
        assertThat(GridKt._getFormatted(grid, 2, "lastActivity")).isEqualTo("Olive Owner, just now");
        assertThat(GridKt._getFormatted(grid, 3, "lastActivity")).isEqualTo("Riley Reviewer, just now");
    }

    @Test
    void reading_my_notifications_moves_the_case_study_back_among_the_rest() {
        Account casey = fixtures.account("Casey Candidate");
        long older = fixtures.importSeed(casey);
        Account jo = fixtures.account("Jo Joiner");
        String token = Fixtures.as(casey, () -> invitations.invite(older, jo.email(), MemberRole.VIEWER)).token();
        Fixtures.as(jo, () -> invitations.accept(token));
        await().atMost(Duration.ofSeconds(10)).until(() -> Fixtures.as(casey, notifications::unreadCount) == 1);
        long newer = fixtures.importSeed(casey);

        login(casey);
        navigate("");
        assertThat(shownRows(caseStudiesGrid(), 10)).extracting(CaseStudySummary::id).containsExactly(older, newer);

        notifications.markAllRead();
        navigate("case-studies/" + newer);
        navigate("");
        assertThat(shownRows(caseStudiesGrid(), 10)).extracting(CaseStudySummary::id).containsExactly(newer, older);
    }
}
