package app.casebook.casestudy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;

/** "Write / Preview / Side by side" above the sections: one choice for every section of the page. */
class WritingModeSwitch extends Composite<RadioButtonGroup<WritingMode>> {

    WritingModeSwitch(WritingMode initial, Consumer<WritingMode> onChoice) {
        RadioButtonGroup<WritingMode> group = getContent();
        group.setId("writing-mode");
        group.addClassName("writing-mode");
        group.setAriaLabel("Show sections as");
        group.setItems(WritingMode.values());
        group.setItemLabelGenerator(WritingMode::label);
        group.setValue(initial);
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onChoice.accept(e.getValue());
            }
        });
    }

    WritingMode getValue() {
        return getContent().getValue();
    }
}
