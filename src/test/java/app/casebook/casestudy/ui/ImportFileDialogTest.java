package app.casebook.casestudy.ui;

import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a case study from a file, as a person does it from the dashboard. */
class ImportFileDialogTest extends KaribuTest {

    @BeforeEach
    void openTheImportDialog() {
        login(newAccount("Ivy Importer"));
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("import-button")));
    }

    private void upload(String fileName, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName, "text/plain", bytes);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void importing_a_binary_file_shows_a_message_and_creates_nothing() {
        upload("portfolio.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 0, 3, 4});

        Span error = _get(Span.class, spec -> spec.withId("import-file-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("“portfolio.txt” is not a text file");
        assertThat(caseStudies.listMine()).isEmpty();
    }

    @Test
    void importing_a_file_that_is_not_utf8_shows_a_message_and_creates_nothing() {
        upload("cv.md", "Résumé\nRole: CTO".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(_get(Span.class, spec -> spec.withId("import-file-error")).getText()).contains("not UTF-8");
        assertThat(caseStudies.listMine()).isEmpty();
    }

    @Test
    void importing_an_empty_file_shows_a_message() {
        upload("empty.md", new byte[0]);

        assertThat(_get(Span.class, spec -> spec.withId("import-file-error")).getText())
                .isEqualTo("The file “empty.md” is empty.");
        assertThat(caseStudies.listMine()).isEmpty();
    }

    @Test
    void importing_the_seed_file_opens_it_in_the_editor_with_six_sections() {
        upload("platform-scaling.txt", Fixtures.seedText().getBytes(StandardCharsets.UTF_8));

        assertThat(caseStudies.listMine()).hasSize(1);
        long id = caseStudies.listMine().getFirst().id();
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(EditorView.path(id));
        assertThat(caseStudies.get(id).sections()).hasSize(6);
    }
}
