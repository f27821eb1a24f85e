package app.casebook.casestudy.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Limits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;

/**
 * Import a case study in the seed's shape, from a .txt or .md file or pasted; it becomes a new case study. A file or
 * text that cannot be imported gets a message saying why, and nothing is created.
 */
class ImportDialog extends Dialog {

    private final CaseStudyService caseStudies;
    private final Upload upload = new Upload();
    private final Span fileError = new Span();

    ImportDialog(CaseStudyService caseStudies) {
        this.caseStudies = caseStudies;
        setHeaderTitle("Import a case study");
        setId("import-dialog");
        Paragraph help = new Paragraph("Upload a .txt or .md file, or paste plain text or Markdown: the title on the "
                + "first line, then \"Role: …\", \"Context: …\", a one-sentence headline result, and the sections, "
                + "each a heading line followed by its text. Headings the templates do not know become extra "
                + "sections.");

        // Reads at most one byte more than the limit, so an oversized file is refused without holding it all.
        UploadHandler handler = event -> {
            String name = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(Limits.IMPORT_BYTES + 1);
            }
            event.getUI().access(() -> importFile(name, bytes));
        };
        upload.setUploadHandler(handler);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Limits.IMPORT_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", "text/plain", "text/markdown");
        upload.addFileRejectedListener(e -> showFileError(e.getErrorMessage()
                + " Only .txt and .md files of at most 1 MB can be imported."));
        fileError.setId("import-file-error");
        fileError.addClassName("import-error");
        fileError.setVisible(false);

        TextArea text = new TextArea("Or paste the document");
        text.setId("import-text");
        text.setWidthFull();
        text.setHeight("280px");
        add(new VerticalLayout(help, upload, fileError, text));

        Button importButton = new Button("Import", e -> {
            try {
                open(caseStudies.importText(text.getValue()));
            } catch (InvalidInputException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ex.getMessage());
            }
        });
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), importButton);
        setWidth("720px");
    }

    private void importFile(String name, byte[] bytes) {
        try {
            open(caseStudies.importFile(name, bytes));
        } catch (InvalidInputException ex) {
            showFileError(ex.getMessage());
            upload.clearFileList();
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    private void open(long caseStudyId) {
        close();
        getUI().ifPresent(ui -> ui.navigate(EditorView.path(caseStudyId)));
    }
}
