package app.casebook.casestudy.ui;

/** How the editor shows each section's text and its preview, chosen per person and remembered for them. */
enum WritingMode {

    /** The text area across the whole column, the preview below it. */
    WRITE("write", "Write"),
    /** The rendered text only (the text area stays on the page, hidden). */
    PREVIEW("preview", "Preview"),
    /** Text (two thirds) and preview (one third) side by side; below each other on a narrow screen. */
    SIDE_BY_SIDE("side", "Side by side");

    /** The name of the person's preference ({@code PreferenceService}). */
    static final String PREFERENCE = "editor.writing-mode";

    private final String value;
    private final String label;

    WritingMode(String value, String label) {
        this.value = value;
        this.label = label;
    }

    String value() {
        return value;
    }

    String label() {
        return label;
    }

    /** The mode stored as {@code value}; {@link #WRITE} for none or an unknown one. */
    static WritingMode parse(String value) {
        for (WritingMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        return WRITE;
    }
}
