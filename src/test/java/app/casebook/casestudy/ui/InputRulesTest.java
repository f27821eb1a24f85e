package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.InvalidInputException;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.QualityChecks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** Issue 10, item 14: nothing invisible counts as a value, nothing is cut silently. */
class InputRulesTest extends KaribuTest {

    @Test
    void a_new_case_study_title_over_the_limit_is_not_cut_but_refused_with_the_editor_s_message() {
        login(newAccount("Long title"));
        navigate("");
        _click(_get(Button.class, spec -> spec.withId("new-case-study-button")));
        TextField title = _get(TextField.class, spec -> spec.withId("new-title"));

        type(title, "x".repeat(250));
        _click(_get(Button.class, spec -> spec.withId("create-button")));

        assertThat(title.getValue()).hasSize(250);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("The title can have at most 200 characters; this one has 250.");
        assertThat(caseStudies.listMine()).isEmpty();
    }

    @Test
    void titles_and_headings_of_only_invisible_characters_are_refused_like_empty_ones() {
        login(newAccount("Invisible"));
        long templateId = caseStudies.templates().getFirst().id();

        assertThatThrownBy(() -> caseStudies.create("\u200B\u2060\uFEFF", templateId))
                .isInstanceOf(InvalidInputException.class).hasMessage("The title cannot be empty.");
        long id = caseStudies.create("Visible", templateId);
        assertThatThrownBy(() -> caseStudies.addSection(id, "\u200C\u3164", 0))
                .isInstanceOf(InvalidInputException.class).hasMessage("A heading cannot be empty.");
        assertThat(caseStudies.listMine()).extracting(CaseStudySummary::title).containsExactly("Visible");
    }

    @Test
    void an_imported_document_without_sections_is_not_ready_for_review() {
        login(newAccount("Title only"));
        long id = caseStudies.importText("Just a title\n");

        assertThat(caseStudies.get(id).sections()).isEmpty();
        assertThat(caseStudies.qualityReport(id)).extracting(QualityChecks.Issue::kind)
                .containsExactly(QualityChecks.Kind.NO_SECTIONS);
    }
}
