package app.casebook.review;

/** A reviewer's word on one section of a version, before the overall decision. Stored by name. */
public enum SignOffVerdict {
    LOOKS_GOOD("Looks good"),
    NEEDS_WORK("Needs work");

    private final String label;

    SignOffVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
