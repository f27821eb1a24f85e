package app.casebook.casestudy.ui;

import app.casebook.base.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.Limits;
import app.casebook.casestudy.Section;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Limits and failures while writing: clear messages, nothing cut off, nothing typed lost. */
class EditorLimitsTest extends KaribuTest {

    private long caseStudyId;

    @BeforeEach
    void openTheSeed() {
        login(newAccount("Casey Candidate"));
        caseStudyId = importSeed();
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
    }

    @Test
    void a_title_over_200_characters_is_refused_with_a_message_and_kept_in_the_field() {
        TextField title = _get(TextField.class, spec -> spec.withId("header-title"));
        String tooLong = "T".repeat(Limits.TITLE + 1);

        type(title, tooLong);

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Title can have at most 200 characters; this one has 201. Not saved.");
        assertThat(title.getValue()).isEqualTo(tooLong);
        assertThat(caseStudies.get(caseStudyId).caseStudy().title()).isEqualTo("Platform Scaling for Hypergrowth");
    }

    @Test
    void a_section_over_20000_characters_is_not_saved_and_not_cut_off() {
        Section context = section(caseStudyId, "The Context");
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        assertThat(body.getElement().hasProperty("maxlength")).isFalse();
        String tooLong = "word ".repeat(4000) + "x";

        type(body, tooLong);

        assertThat(body.getValue()).hasSize(20_001);
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Too long: 20,001 of at most 20,000 characters. Shorten it to save.");
        assertThat(_get(Span.class, spec -> spec.withId("status-" + context.id())).getText())
                .isEqualTo("Not saved — too long");
        assertThat(section(caseStudyId, "The Context").body()).startsWith("[Placeholder:");

        type(body, tooLong.substring(1));

        assertThat(body.isInvalid()).isFalse();
        assertThat(body.getHelperText()).isEqualTo("20,000 of at most 20,000 characters");
        assertThat(section(caseStudyId, "The Context").body()).hasSize(20_000);
    }

    @Test
    void a_heading_over_200_characters_is_refused_with_a_message() {
        Section context = section(caseStudyId, "The Context");
        TextField heading = _get(TextField.class, spec -> spec.withId("heading-" + context.id()));

        type(heading, "H".repeat(201));

        assertThat(heading.isInvalid()).isTrue();
        assertThat(heading.getErrorMessage()).contains("at most 200 characters");
        assertThat(section(caseStudyId, "The Context").heading()).isEqualTo("The Context");
    }

    @Test
    void the_31st_section_is_refused_with_a_message() {
        for (int i = 7; i <= Limits.SECTIONS; i++) {
            caseStudies.addSection(caseStudyId, "Section " + i, i - 1);
        }
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(EditorView.path(caseStudyId));

        _click(_get(Button.class, spec -> spec.withId("add-section-button")));

        assertThat(NotificationsKt.getNotifications()).extracting(EditorLimitsTest::text)
                .contains("A case study can have at most 30 sections.");
        assertThat(caseStudies.get(caseStudyId).sections()).hasSize(30);
    }

    @Test
    void a_failed_save_keeps_the_text_and_saves_it_when_the_database_accepts_it_again() {
        Section context = section(caseStudyId, "The Context");
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-" + context.id()));
        Span status = _get(Span.class, spec -> spec.withId("status-" + context.id()));
        db.execute("alter table revision add constraint writing_test_fail check (body not like '%retry me%')");
        try {
            type(body, "Please retry me until it works.");

            assertThat(status.getText()).isEqualTo("Not saved — retrying");
            assertThat(body.getValue()).isEqualTo("Please retry me until it works.");
            assertThat(section(caseStudyId, "The Context").body()).startsWith("[Placeholder:");
        } finally {
            db.execute("alter table revision drop constraint writing_test_fail");
        }

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    MockVaadin.runUIQueue();
                    return status.getText().startsWith("Saved");
                });
        assertThat(section(caseStudyId, "The Context").body()).isEqualTo("Please retry me until it works.");
    }

    @Test
    void the_page_warns_before_leaving_until_the_server_confirms_the_save() {
        Section context = section(caseStudyId, "The Context");
        assertThat(pendingJavaScript()).anyMatch(js -> js.contains("beforeunload"))
                .anyMatch(js -> js.contains("addEventListener('input'"));

        type(_get(TextArea.class, spec -> spec.withId("body-" + context.id())), "Saved text.");

        assertThat(pendingJavaScript()).anyMatch(js -> js.contains("casebookUnsaved.delete"));
    }

    private static java.util.List<String> pendingJavaScript() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "") + n.getElement().getTextRecursively();
    }
}
