package app.casebook.casestudy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A button a feature puts on every section. Its id is {@code idPrefix + sectionId} (e.g. {@code section-history-12}),
 * {@code label} is its tooltip and accessible name.
 */
public record SectionAction(String idPrefix, VaadinIcon icon, String label, SerializableConsumer<SectionHandle> onClick) {
}
