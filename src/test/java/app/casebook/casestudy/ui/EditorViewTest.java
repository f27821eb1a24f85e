package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.GridOnScreen;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.MemberRole;
import app.casebook.revision.Revision;
import app.casebook.revision.ui.HistoryRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditorViewTest extends KaribuTest {

    Account candidate;
    long caseStudyId;

    @BeforeEach
    void aCandidateWithTheSeed() {
        candidate = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(candidate);
    }

    @Test
    void the_candidate_edits_a_section_and_sees_it_saved_and_in_the_history() {
        login(candidate);
        navigate(EditorView.path(caseStudyId));
        GridOnScreen<Revision> history = new GridOnScreen<>(historyGrid());
        HistoryRow first = HistoryRow.of(historyGrid(), history.rows().getFirst());
        assertThat(first.what()).isEqualTo("Created What You Learned");
        assertThat(first.who()).isEqualTo("Casey Candidate");

        TextArea context = _get(TextArea.class, spec -> spec.withLabel("The Context"));
        String sectionId = context.getId().orElseThrow().substring("body-".length());
        type(context, "I joined a **shop** whose users grew 20% a month.");

        Span status = _get(Span.class, spec -> spec.withId("status-" + sectionId));
        assertThat(status.getText()).matches("Saved \\d\\d:\\d\\d");
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(_get(Div.class, spec -> spec.withId("preview-" + sectionId)).getElement()
                .getProperty("innerHTML")).contains("<strong>shop</strong>");
        HistoryRow edit = HistoryRow.of(historyGrid(), history.rows().getFirst());
        assertThat(edit.what()).isEqualTo("The Context");
        assertThat(edit.meta()).isEqualTo("Casey Candidate · just now · +9 −39");
        assertThat(edit.tooltip()).startsWith("The Context — Casey Candidate · ").contains(" (")
                .endsWith(" · just now · 9 words added, 39 removed");

        navigate("");
        navigate(EditorView.path(caseStudyId));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("The Context")).getValue())
                .isEqualTo("I joined a **shop** whose users grew 20% a month.");
    }

    @Test
    void an_invited_reviewer_reads_the_sections_but_cannot_type_in_them() {
        Account reviewer = fixtures.account("Riley Reviewer");
        fixtures.addMember(caseStudyId, reviewer, MemberRole.REVIEWER);
        login(reviewer);

        navigate(EditorView.path(caseStudyId));

        TextArea context = _get(TextArea.class, spec -> spec.withLabel("The Context"));
        assertThat(context.getValue()).startsWith("[Placeholder: Describe joining an e-commerce startup");
        assertThat(context.isReadOnly()).isTrue();
    }

    @Test
    void a_reviewer_who_was_not_invited_gets_not_found_for_the_case_study_address() {
        login(fixtures.account("Riley Reviewer"));

        int status = navigate(EditorView.path(caseStudyId));

        assertThat(status).as("the same answer as for an id that does not exist").isEqualTo(404);
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Not found");
        _assertNone(TextArea.class);
        assertThat(_find(Fixtures.SEED_TITLE)).isFalse();
    }

    @Test
    void an_address_with_an_id_that_is_not_a_number_shows_not_found() {
        login(candidate);

        int status = navigate("case-studies/platform-scaling");

        assertThat(status).isEqualTo(404);
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Not found");
    }

    @Test
    void an_address_with_an_id_that_does_not_exist_shows_not_found() {
        login(candidate);

        int status = navigate("case-studies/" + Long.MAX_VALUE);

        assertThat(status).isEqualTo(404);
        assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Not found");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Revision> historyGrid() {
        return _get(Grid.class, spec -> spec.withId("history-grid"));
    }

    /** Whether {@code text} appears anywhere on the page. */
    private static boolean _find(String text) {
        return com.vaadin.flow.component.UI.getCurrent().getElement().getOuterHTML().contains(text);
    }
}
