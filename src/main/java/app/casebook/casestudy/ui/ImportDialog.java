package app.casebook.casestudy.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Limits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Paste a case study in the seed's shape; it becomes a new case study. */
class ImportDialog extends Dialog {

    ImportDialog(CaseStudyService caseStudies) {
        setHeaderTitle("Import a case study");
        Paragraph help = new Paragraph("Paste plain text or Markdown: the title on the first line, then "
                + "\"Role: …\", \"Context: …\", a one-sentence headline result, and the sections, each a heading "
                + "line followed by its text. Headings the templates do not know become extra sections.");
        TextArea text = new TextArea("Document");
        text.setId("import-text");
        text.setWidthFull();
        text.setHeight("320px");
        text.setMaxLength(Limits.IMPORT_BYTES);
        add(new VerticalLayout(help, text));

        Button importButton = new Button("Import", e -> {
            try {
                long id = caseStudies.importText(text.getValue());
                close();
                getUI().ifPresent(ui -> ui.navigate(EditorView.path(id)));
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
}
