package app.casebook.casestudy.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** Title, role, context line and headline result; each saves by itself a moment after typing stops. */
class HeaderForm extends Composite<FormLayout> {

    private final Map<HeaderField, AbstractField<?, String>> fields = new EnumMap<>(HeaderField.class);

    HeaderForm(CaseStudyService caseStudies, CaseStudy cs, boolean canEdit) {
        FormLayout form = getContent();
        form.addClassName("header-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        for (HeaderField field : HeaderField.values()) {
            AbstractField<?, String> component;
            if (field == HeaderField.HEADLINE) {
                TextArea area = new TextArea(field.label());
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(SectionEditor.AUTOSAVE_MILLIS);
                area.setHelperText("One sentence: the result you are proudest of, with a number.");
                area.setReadOnly(!canEdit);
                component = area;
            } else {
                TextField text = new TextField(field.label());
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(SectionEditor.AUTOSAVE_MILLIS);
                text.setReadOnly(!canEdit);
                if (field == HeaderField.JOB_TITLE) {
                    text.setPlaceholder("e.g. Head of Platform");
                } else if (field == HeaderField.CONTEXT) {
                    text.setPlaceholder("e.g. Fintech scale-up, 40 engineers");
                }
                component = text;
            }
            component.setId("header-" + field.name().toLowerCase());
            component.setValue(cs.field(field));
            component.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                HasValidation v = (HasValidation) e.getHasValue();
                try {
                    caseStudies.updateHeader(cs.id(), field, e.getValue());
                    v.setInvalid(false);
                } catch (InvalidInputException | AccessDeniedException ex) {
                    v.setErrorMessage(ex.getMessage() + " Not saved.");
                    v.setInvalid(true);
                }
            });
            fields.put(field, component);
            form.add(component);
            if (field == HeaderField.TITLE || field == HeaderField.HEADLINE) {
                form.setColspan(component, 2);
            }
        }
    }

    void show(CaseStudy cs) {
        fields.forEach((field, component) -> {
            if (!cs.field(field).equals(component.getValue()) && !((HasValidation) component).isInvalid()) {
                component.setValue(cs.field(field));
            }
        });
    }
}
