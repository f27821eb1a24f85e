package app.casebook.comment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.CaseStudySummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.comment.CommentService;
import app.casebook.comment.CommentThread;
import app.casebook.comment.Passage;
import app.casebook.comment.SuggestionState;
import app.casebook.comment.ThreadStatus;
import app.casebook.casestudy.ui.SectionHandle.TextSelection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comments panel as people use it: select words, comment, reply with a mention, resolve, filter, apply. */
class CommentsPanelTest extends KaribuTest {

    @Autowired
    private CommentService comments;

    private Account owner;
    private Account reviewer;
    private long caseStudyId;
    private Section outcome;

    @BeforeEach
    void seedWithAReviewer() {
        owner = newAccount("Casey Candidate");
        reviewer = newAccount("Riley Reviewer");
        caseStudyId = fixtures.importSeed(owner);
        addMember(caseStudyId, reviewer, MemberRole.REVIEWER);
        login(owner);
        outcome = section(caseStudyId, "The Outcome");
    }

    private static List<Div> threadCards() {
        return _find(Div.class, spec -> spec.withClasses("comment-thread"));
    }

    private static void clickThread(long threadId) {
        _click(_get(Div.class, spec -> spec.withId("thread-" + threadId)));
    }

    @Test
    void a_reviewer_comments_on_selected_words_and_the_owner_replies_with_a_mention_suggested_while_typing() {
        String quote = outcome.body().substring(0, Math.min(30, outcome.body().length()));
        login(reviewer);
        navigate(EditorView.path(caseStudyId));

        // The section's comment button reads the selection in the browser (executeJs), which Karibu has not:
        // what it then does is done here with the offsets a browser would return.
        _get(Button.class, spec -> spec.withId("comment-button-" + outcome.id()));
        openPanel("comments");
        _get(CommentsPanel.class, spec -> spec.withId("comments-panel")).startThread(outcome.id(), outcome.heading(),
                outcome.body(), new TextSelection(0, quote.length(), quote));
        type(_get(TextArea.class, spec -> spec.withId("comment-field")), "Which **baseline**?");
        _click(_get(Button.class, spec -> spec.withId("comment-submit")));

        CommentThread thread = comments.threads(caseStudyId).getLast();
        assertThat(thread.quote()).isEqualTo(quote);
        assertThat(threadCards()).hasSize(1);
        assertThat(threadCards().getFirst().getElement().getAttribute("data-thread-id"))
                .isEqualTo(String.valueOf(thread.id()));
        assertThat(_get(Span.class, spec -> spec.withId("comment-count-" + outcome.id())).getText())
                .isEqualTo("1 open comment");

        login(owner);
        navigate(EditorView.path(caseStudyId));
        openPanel("comments");
        clickThread(thread.id());
        TextArea reply = _get(TextArea.class, spec -> spec.withId("reply-field"));
        type(reply, "Good question @Ril");
        _click(_get(Button.class, spec -> spec.withId("mention-" + reviewer.id())));
        assertThat(reply.getValue()).isEqualTo("Good question @Riley Reviewer ");
        type(reply, reply.getValue() + "— the 2020 numbers.");
        _click(_get(Button.class, spec -> spec.withId("reply-submit")));

        CommentThread after = comments.threads(caseStudyId).getLast();
        assertThat(after.comments()).hasSize(2);
        assertThat(after.mentioned()).containsExactly(reviewer.id());
        assertThat(_get(Div.class, spec -> spec.withId("comment-" + after.comments().getLast().id())).getElement()
                .getOuterHTML()).contains("<strong>@Riley Reviewer</strong>");
    }

    @Test
    void resolving_folds_a_thread_away_the_resolved_filter_shows_it_and_reopen_brings_it_back() {
        long id = Fixtures.as(reviewer, () -> comments.openThread(outcome.id(), null, "Too long?", null));
        navigate(EditorView.path(caseStudyId));
        openPanel("comments");
        clickThread(id);

        _click(_get(Button.class, spec -> spec.withId("resolve-button")));

        assertThat(threadCards()).isEmpty();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CommentsPanel.Filter> filter = _get(RadioButtonGroup.class, spec -> spec.withId("comments-filter"));
        filter.setValue(CommentsPanel.Filter.RESOLVED);
        assertThat(threadCards()).hasSize(1);
        clickThread(id);
        _click(_get(Button.class, spec -> spec.withId("reopen-button")));
        assertThat(comments.thread(id).status()).isEqualTo(ThreadStatus.OPEN);
        assertThat(comments.thread(id).history()).hasSize(2);
        filter.setValue(CommentsPanel.Filter.MENTIONING_ME);
        assertThat(threadCards()).isEmpty();
        filter.setValue(CommentsPanel.Filter.OPEN);
        assertThat(threadCards()).hasSize(1);
    }

    @Test
    void a_reviewer_sees_no_resolve_button_on_the_owners_thread() {
        long id = comments.openThread(outcome.id(), null, "Note to self", null);
        login(reviewer);
        navigate(EditorView.path(caseStudyId));
        openPanel("comments");
        clickThread(id);

        _assertNone(Button.class, spec -> spec.withId("resolve-button"));
        assertThat(_get(TextArea.class, spec -> spec.withId("reply-field")).isVisible()).isTrue();
    }

    @Test
    void the_owner_applies_a_suggested_change_with_one_click() {
        String text = outcome.body();
        String word = text.substring(0, text.indexOf(' '));
        long id = Fixtures.as(reviewer, () -> comments.openThread(outcome.id(), new Passage(text, 0, word.length()),
                "Stronger:", "Ultimately"));
        navigate(EditorView.path(caseStudyId));
        openPanel("comments");
        clickThread(id);

        _click(_get(Button.class, spec -> spec.withId("apply-suggestion-button")));

        assertThat(section(caseStudyId, "The Outcome").body()).isEqualTo("Ultimately" + text.substring(word.length()));
        assertThat(comments.thread(id).suggestionState()).isEqualTo(SuggestionState.APPLIED);
        assertThat(comments.thread(id).status()).isEqualTo(ThreadStatus.RESOLVED);
    }

    @Test
    void the_dashboard_counts_unread_comments_until_the_comments_panel_is_opened() {
        long id = Fixtures.as(reviewer, () -> comments.openThread(outcome.id(), null, "One", null));
        Fixtures.as(reviewer, () -> comments.reply(id, "Two"));

        navigate("");
        @SuppressWarnings("unchecked")
        Grid<CaseStudySummary> grid = _get(Grid.class, spec -> spec.withId("case-studies"));
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "unread-comments")).getText()).isEqualTo("2");

        navigate(EditorView.path(caseStudyId));
        openPanel("comments");
        assertThat(_get(CommentsPanel.class, spec -> spec.withId("comments-panel")).isAttached()).isTrue();
        assertThat(comments.unread(caseStudyId)).isZero();
    }
}
