package app.casebook.casestudy.ui;

import com.vaadin.flow.function.SerializableConsumer;

/** One section as the editor shows it, for a {@link SectionAction}. */
public interface SectionHandle {

    long sectionId();

    String heading();

    /** The text as it stands in the editor, saved or not. */
    String text();

    /**
     * Reads what the person has selected in the section's text, asynchronously (a browser round trip). Offsets are
     * UTF-16 code units into {@link #text()}; an empty selection has {@code start == end}.
     */
    void readSelection(SerializableConsumer<TextSelection> then);

    /** A stretch of a section's text: {@code [start, end)} in UTF-16 code units, and the text itself. */
    record TextSelection(int start, int end, String text) {

        public boolean isEmpty() {
            return start >= end;
        }
    }
}
