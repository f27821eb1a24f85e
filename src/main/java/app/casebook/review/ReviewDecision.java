package app.casebook.review;

/** A required reviewer's decision on a version. Stored by name (approval.decision). */
public enum ReviewDecision {
    APPROVED("Approved"),
    CHANGES_REQUESTED("Changes requested");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
