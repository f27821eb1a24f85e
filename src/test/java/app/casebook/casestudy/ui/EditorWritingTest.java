package app.casebook.casestudy.ui;

import app.casebook.base.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.casestudy.Section;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person does while writing: type, see it saved, see the quality checks follow. */
class EditorWritingTest extends KaribuTest {

    private long caseStudyId;

    @BeforeEach
    void openTheSeed() {
        Account casey = newAccount("Casey Candidate");
        login(casey);
        caseStudyId = importSeed();
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void typing_in_a_section_saves_it_and_shows_saved() {
        Section context = section(caseStudyId, "The Context");
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));

        type(body, "I joined a 50-person startup right after its Series B.");

        assertThat(text(_get(Span.class, spec -> spec.withId("status-" + context.id())))).startsWith("Saved");
        assertThat(section(caseStudyId, "The Context").body())
                .isEqualTo("I joined a 50-person startup right after its Series B.");
    }

    @Test
    void the_seed_shows_a_placeholder_issue_on_every_section_and_a_summary_at_the_top() {
        assertThat(text(_get(Div.class, spec -> spec.withId("quality-summary"))))
                .isEqualTo("6 issues: 6 placeholders to replace.");
        for (Section s : caseStudies.get(caseStudyId).sections()) {
            assertThat(text(_get(UnorderedList.class, spec -> spec.withId("quality-" + s.id()))))
                    .contains("[Placeholder: …]");
        }
    }

    @Test
    void a_quality_issue_disappears_when_the_placeholder_is_replaced() {
        Section outcome = section(caseStudyId, "The Outcome");
        UnorderedList issues = _get(UnorderedList.class, spec -> spec.withId("quality-" + outcome.id()));
        assertThat(text(issues)).contains("Placeholder");

        type(_get(TextArea.class, spec -> spec.withId("body-" + outcome.id())),
                "Nine months later uptime was 99.9% and infrastructure costs were down by 40%, while the team "
                        + "shipped twice as often. Page loads got 60% faster and churn fell by a third. The board "
                        + "approved the next hiring plan because the platform no longer held growth back, and two "
                        + "teams that had spent most weeks on incidents went back to building features.");

        assertThat(text(issues)).isEmpty();
        assertThat(issues.isVisible()).isFalse();
        assertThat(text(_get(Div.class, spec -> spec.withId("quality-summary"))))
                .isEqualTo("5 issues: 5 placeholders to replace.");
    }

    @Test
    void an_outcome_without_a_number_is_reported_under_the_section() {
        Section outcome = section(caseStudyId, "The Outcome");
        type(_get(TextArea.class, spec -> spec.withId("body-" + outcome.id())),
                "Everything improved a lot and the team was much happier with the platform and with each other. "
                        + "Customers noticed, the board noticed, and the company was ready for the next stage of "
                        + "its growth.");

        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("quality-" + outcome.id()))))
                .contains("no measurable result");
    }
}
