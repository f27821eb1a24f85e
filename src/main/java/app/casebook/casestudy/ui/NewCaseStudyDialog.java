package app.casebook.casestudy.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Limits;
import app.casebook.casestudy.Template;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** Asks for a title and a template, then opens the new case study. */
class NewCaseStudyDialog extends Dialog {

    NewCaseStudyDialog(CaseStudyService caseStudies) {
        setHeaderTitle("New case study");
        TextField title = new TextField("Title");
        title.setId("new-title");
        title.setHelperText("At most " + Limits.TITLE + " characters. You can change it later.");
        title.setWidthFull();
        RadioButtonGroup<Template> template = new RadioButtonGroup<>("Template");
        template.setId("new-template");
        template.setItems(caseStudies.templates());
        template.setItemLabelGenerator(t -> t.name() + " — " + t.description());
        template.addThemeName("vertical");
        if (!caseStudies.templates().isEmpty()) {
            template.setValue(caseStudies.templates().getFirst());
        }
        add(new VerticalLayout(title, template));

        Button create = new Button("Create", e -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                template.setErrorMessage("Choose a template.");
                return;
            }
            try {
                long id = caseStudies.create(title.getValue(), template.getValue().id());
                close();
                getUI().ifPresent(ui -> ui.navigate(EditorView.path(id)));
            } catch (InvalidInputException ex) {
                title.setInvalid(true);
                title.setErrorMessage(ex.getMessage());
            }
        });
        create.setId("create-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, create);
        setWidth("640px");
    }
}
