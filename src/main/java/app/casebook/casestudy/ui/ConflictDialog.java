package app.casebook.casestudy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Someone else changed the same passage while this person was typing. Both texts are shown; the person edits the
 * result and saves it. Both texts stay in the history whatever they choose.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(String what, String theirText, String myText, Consumer<String> onResolve) {
        setHeaderTitle("Someone else changed " + what);
        setId("conflict-dialog");
        TextArea theirs = new TextArea("Their saved text");
        theirs.setValue(theirText);
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        TextArea mine = new TextArea("Your text");
        mine.setValue(myText);
        mine.setReadOnly(true);
        mine.setWidthFull();
        TextArea result = new TextArea("Result to save");
        result.setId("conflict-result");
        result.setValue(myText);
        result.setWidthFull();
        result.setMinHeight("10em");
        HorizontalLayout both = new HorizontalLayout(theirs, mine);
        both.setWidthFull();
        add(new VerticalLayout(new Paragraph("Nothing is lost: your text is kept in the history. "
                + "Edit the result below, then save it. Until you do, your text stays in the editor and theirs stays "
                + "saved; closing this changes nothing."), both, result));
        Button keepTheirs = new Button("Use theirs", e -> result.setValue(theirText));
        keepTheirs.setId("conflict-use-theirs");
        Button save = new Button("Save result", e -> {
            close();
            onResolve.accept(result.getValue());
        });
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button("Decide later", e -> close());
        later.setId("conflict-later");
        getFooter().add(later, keepTheirs, save);
        setWidth("900px");
        setCloseOnOutsideClick(false);
    }
}
