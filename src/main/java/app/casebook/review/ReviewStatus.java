package app.casebook.review;

import app.casebook.casestudy.CaseStudyStatus;

/**
 * A case study's status as derived from its versions: Draft (no version, or every one withdrawn), else the state of
 * its newest version that was not withdrawn, with that version's number: "In review (v2)", "Changes requested (v2)",
 * "Approved (v2)".
 */
public record ReviewStatus(CaseStudyStatus status, Integer versionNumber) {

    public static final ReviewStatus DRAFT = new ReviewStatus(CaseStudyStatus.DRAFT, null);

    static ReviewStatus of(VersionStatus state, int number) {
        return switch (state) {
            case IN_REVIEW -> new ReviewStatus(CaseStudyStatus.IN_REVIEW, number);
            case CHANGES_REQUESTED -> new ReviewStatus(CaseStudyStatus.CHANGES_REQUESTED, number);
            case APPROVED -> new ReviewStatus(CaseStudyStatus.APPROVED, number);
            case WITHDRAWN -> DRAFT;
        };
    }

    public String label() {
        return versionNumber == null ? status.label() : status.label() + " (v" + versionNumber + ")";
    }
}
