package app.casebook.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.base.TestInput;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.review.ReviewFixture;
import app.casebook.review.ReviewService;
import app.casebook.review.SignOffVerdict;
import app.casebook.review.SubmissionCheck;
import app.casebook.review.VersionStatus;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Submitting, deciding and signing off from the editor, as the owner and the reviewers do it on the screen. */
class ReviewPanelTest extends KaribuTest {

    @Autowired
    private ReviewService reviews;

    private ReviewFixture f;

    @BeforeEach
    void caseStudyWithTwoReviewers() {
        f = ReviewFixture.create(fixtures, caseStudies);
    }

    private void open(Account who) {
        login(who);
        navigate(EditorView.path(f.caseStudyId()));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("review-status")).getText();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
    }

    private long submitAsOwner(Account... reviewers) {
        return Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "Please look at the outcome.",
                java.util.Arrays.stream(reviewers).map(Account::id).toList(), true));
    }

    @Test
    void a_seed_with_placeholders_cannot_be_submitted_and_the_dialog_lists_each_section_to_fix() {
        Account owner = fixtures.account("Casey Candidate");
        long seed = fixtures.importSeed(owner);
        login(owner);
        navigate(EditorView.path(seed));

        _click(_get(Button.class, spec -> spec.withId("submit-for-review-button")));

        Div blocking = _get(Div.class, spec -> spec.withId("submit-blocking"));
        List<Button> fixes = _find(blocking, Button.class);
        assertThat(fixes).hasSize(6);
        assertThat(fixes.getFirst().getText()).contains("The Context").contains("Placeholder");
        assertThat(_get(Button.class, spec -> spec.withId("submit-version-button")).isEnabled()).isFalse();

        _click(fixes.getFirst());
        _assertNone(Dialog.class, spec -> spec.withId("submit-dialog"));
        assertThat(reviews.versions(seed)).isEmpty();
    }

    @Test
    void the_owner_submits_with_a_note_and_two_required_reviewers_and_sees_the_version_in_review() {
        open(f.owner());
        assertThat(status()).isEqualTo("Draft");

        _click(_get(Button.class, spec -> spec.withId("submit-for-review-button")));
        TestInput.type(_get(TextArea.class, spec -> spec.withId("review-note")), "First full draft.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<SubmissionCheck.Candidate> reviewers = _get(MultiSelectComboBox.class,
                spec -> spec.withId("required-reviewers"));
        TestInput.type(reviewers, Set.copyOf(reviewers.getListDataView().getItems().toList()));
        _click(_get(Button.class, spec -> spec.withId("submit-version-button")));

        assertThat(status()).isEqualTo("In review (v1)");
        openPanel("review");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-version-note")).getText())
                .isEqualTo("Note: First full draft.");
        assertThat(_get(Span.class, spec -> spec.withId("version-1-status")).getText()).isEqualTo("In review");
        assertThat(_get(Div.class, spec -> spec.withId("version-1")).getElement().getTextRecursively())
                .contains("Riley Reviewer: no decision yet").contains("Robin Reviewer: no decision yet");
        _get(Button.class, spec -> spec.withId("withdraw-button"));
        _assertNone(Button.class, spec -> spec.withId("approve-button"));
    }

    @Test
    void a_required_reviewer_approves_and_the_screen_says_it_approved_the_exact_text() {
        long v1 = submitAsOwner(f.reviewer1());
        open(f.reviewer1());
        openPanel("review");
        _assertNone(Button.class, spec -> spec.withId("withdraw-button"));

        TestInput.type(_get(TextArea.class, spec -> spec.withId("decision-comment")), "Well argued.");
        _click(_get(Button.class, spec -> spec.withId("approve-button")));

        assertThat(status()).isEqualTo("Approved (v1)");
        assertThat(_get(Span.class, spec -> spec.withId("version-1-status")).getText()).isEqualTo("Approved");
        assertThat(_get(Div.class, spec -> spec.withId("version-1")).getElement().getTextRecursively())
                .contains("approved: the exact text of v1 (" + reviews.version(v1).contentHash().substring(0, 12) + ")")
                .contains("Well argued.");
        _assertNone(Button.class, spec -> spec.withId("approve-button"));
    }

    @Test
    void requesting_changes_needs_a_comment_and_then_sends_the_version_back() {
        submitAsOwner(f.reviewer1(), f.reviewer2());
        open(f.reviewer2());
        openPanel("review");

        _click(_get(Button.class, spec -> spec.withId("request-changes-button")));
        assertThat(notifications()).anyMatch(t -> t.contains("a comment is required"));
        assertThat(status()).isEqualTo("In review (v1)");

        TestInput.type(_get(TextArea.class, spec -> spec.withId("decision-comment")), "The outcome needs revenue.");
        _click(_get(Button.class, spec -> spec.withId("request-changes-button")));

        assertThat(status()).isEqualTo("Changes requested (v1)");
        assertThat(_get(Span.class, spec -> spec.withId("version-1-status")).getText()).isEqualTo("Changes requested");
    }

    @Test
    void sign_offs_of_unchanged_sections_are_carried_over_and_the_reviewer_sees_only_what_changed() {
        long v1 = submitAsOwner(f.reviewer1(), f.reviewer2());
        Section context = f.section(caseStudies, "The Context");
        Section outcome = f.section(caseStudies, "The Outcome");
        open(f.reviewer2());
        openPanel("review");
        @SuppressWarnings("unchecked")
        Select<app.casebook.review.VersionSection> section = _get(Select.class, spec -> spec.withId("signoff-section"));
        TestInput.type(section, section.getListDataView().getItems()
                .filter(s -> s.sectionId() == context.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("section-signoff-good")));
        section = _get(Select.class, spec -> spec.withId("signoff-section"));
        TestInput.type(section, section.getListDataView().getItems()
                .filter(s -> s.sectionId() == outcome.id()).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("section-signoff-needs-work")));
        assertThat(reviews.signOffs(v1)).extracting(s -> s.verdict())
                .containsExactly(SignOffVerdict.LOOKS_GOOD, SignOffVerdict.NEEDS_WORK);
        TestInput.type(_get(TextArea.class, spec -> spec.withId("decision-comment")), "Revenue, please.");
        _click(_get(Button.class, spec -> spec.withId("request-changes-button")));

        f.edit(caseStudies, "The Outcome", outcome.body() + " Revenue grew threefold.");
        submitAsOwner(f.reviewer1(), f.reviewer2());

        open(f.reviewer2());
        openPanel("review");
        assertThat(_get(Paragraph.class, spec -> spec.withId("signoffs-carried")).getText())
                .startsWith("1 sign-off was carried over");
        assertThat(_get(Div.class, spec -> spec.withId("signoffs")).getElement().getTextRecursively())
                .contains("The Context: Looks good — carried over from v1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("changes-since-review-summary")).getText())
                .startsWith("1 part changed");
        Details changed = _get(Details.class, spec -> spec.withId("change-section-" + outcome.id()));
        assertThat(changed.isOpened()).isTrue();
        assertThat(changed.getElement().getTextRecursively()).contains("Revenue grew threefold.");
        assertThat(_get(Details.class, spec -> spec.withId("change-section-" + context.id())).isOpened()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("approve-button")));
        assertThat(reviews.versions(f.caseStudyId()).getFirst().status()).isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void the_dashboard_shows_each_status_and_what_awaits_my_review() {
        long v1 = submitAsOwner(f.reviewer1());
        login(f.reviewer1());
        navigate("");

        assertThat(_get(Div.class, spec -> spec.withId("awaiting-my-review")).getElement().getTextRecursively())
                .contains(Fixtures.SEED_TITLE + " — v1");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("awaiting-" + v1));
        assertThat(shownStatus()).as("the status, and the row marked as awaiting my review")
                .containsExactly("In review (v1) Awaiting my review");

        login(f.reviewer2());
        navigate("");
        _assertNone(Div.class, spec -> spec.withId("awaiting-my-review"));
        assertThat(shownStatus()).containsExactly("In review (v1)");
    }

    private static List<String> shownStatus() {
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<app.casebook.casestudy.CaseStudySummary> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("case-studies"));
        var column = grid.getColumnByKey("status");
        return shownRows(grid, 50).stream().map(row -> com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, shownRows(grid, 50).indexOf(row), column.getKey()))
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

}
