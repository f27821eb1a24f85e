package app.casebook.casestudy;

/**
 * The header fields of a case study, each with the one label the screens, the history and the exports use, and its
 * limit in characters.
 */
public enum HeaderField {
    TITLE("Title", Limits.TITLE, true),
    JOB_TITLE("Job title", Limits.JOB_TITLE, false),
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
