package app.casebook.casestudy.ui;

import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.SaveResult;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Title, role, context line and headline result; each saves by itself a moment after typing stops, with the same
 * guarantees as a section's text ({@link Autosave}): saves name the value they were made from, a value someone else
 * saved never replaces a field being typed in, overlapping changes are shown as a conflict.
 */
class HeaderForm extends Composite<FormLayout> {

    private final Map<HeaderField, FieldSaver> savers = new EnumMap<>(HeaderField.class);

    HeaderForm(CaseStudyService caseStudies, CaseStudy cs, boolean canEdit) {
        FormLayout form = getContent();
        form.addClassName("header-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        for (HeaderField field : HeaderField.values()) {
            AbstractSinglePropertyField<?, String> component;
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
            String id = "header-" + field.name().toLowerCase();
            component.setId(id);
            component.setValue(cs.field(field));
            FieldSaver saver = new FieldSaver(component, id, "the " + field.label().toLowerCase(),
                    new Autosave(0, cs.field(field), String::strip), new FieldSaver.Server() {
                        @Override
                        public SaveResult save(Autosave.Save save) {
                            return caseStudies.saveHeader(cs.id(), field, save.baseText(), save.text());
                        }

                        @Override
                        public SaveResult resolve(Autosave.Save save) {
                            return caseStudies.resolveHeaderConflict(cs.id(), field, save.baseText(), save.text());
                        }
                    }, canEdit, null);
            saver.showErrorsOnField();
            savers.put(field, saver);
            form.add(component);
            saver.placeResolveButtonAfter(() -> component);
            if (field == HeaderField.TITLE || field == HeaderField.HEADLINE) {
                form.setColspan(component, 2);
            }
        }
    }

    /** Shows the header someone else saved, leaving fields being typed in or holding unsaved text alone. */
    void show(CaseStudy cs) {
        savers.forEach((field, saver) -> saver.remote(0, cs.field(field)));
    }

    /** Whether a header field holds text the server has not confirmed, or is being typed in. */
    boolean hasUnsavedText() {
        return savers.values().stream().anyMatch(s -> s.autosave().hasUnsavedText() || s.autosave().isTyping());
    }
}
