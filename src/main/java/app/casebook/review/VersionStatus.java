package app.casebook.review;

/** Where one version stands in its review ({@link ReviewWorkflow}). Stored by name (case_study_version.status). */
public enum VersionStatus {
    IN_REVIEW("In review"),
    WITHDRAWN("Withdrawn"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether nothing can happen to the version any more. */
    public boolean isFinal() {
        return this != IN_REVIEW;
    }
}
