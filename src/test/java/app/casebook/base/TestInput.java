package app.casebook.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Fills a field as a person would: only a visible, enabled, editable one. Karibu's own {@code _setValue} fails on
 * Vaadin 25 (it calls an internal method that no longer exists).
 */
public final class TestInput {

    private TestInput() {
    }

    public static <V> void type(HasValue<?, V> field, V value) {
        Component c = (Component) field;
        if (!c.isVisible() || !c.getElement().isEnabled() || field.isReadOnly()) {
            throw new AssertionError("The field " + c.getId().orElse(c.toString())
                    + " cannot be typed into: it is hidden, disabled or read-only");
        }
        field.setValue(value);
    }
}
