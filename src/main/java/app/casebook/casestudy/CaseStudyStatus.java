package app.casebook.casestudy;

/** Where a case study stands in its review workflow. */
public enum CaseStudyStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String label;

    CaseStudyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
