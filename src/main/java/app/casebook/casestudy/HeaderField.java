package app.casebook.casestudy;

/** The header fields of a case study, each with its label and limit. */
public enum HeaderField {
    TITLE("Title", Limits.TITLE, true),
    ROLE("Role", Limits.ROLE, false),
    CONTEXT("Context", Limits.CONTEXT, false),
    HEADLINE("Headline result", Limits.HEADLINE, false);

    private final String label;
    private final int max;
    private final boolean required;

    HeaderField(String label, int max, boolean required) {
        this.label = label;
        this.max = max;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public int max() {
        return max;
    }

    public boolean required() {
        return required;
    }
}
