package app.casebook.review;

import java.time.Instant;
import java.util.List;

/**
 * A numbered version of a case study as the review panel lists it: its state, the owner's note, when it was submitted
 * and decided, the content hash of its frozen text, and each required reviewer with their decision.
 */
public record Version(long id, long caseStudyId, int number, VersionStatus status, String note, long submittedById,
                      String submittedByName, Instant submittedAt, Instant decidedAt, Instant withdrawnAt,
                      String contentHash, List<ReviewerDecision> reviewers) {

    /** "v3". */
    public String label() {
        return "v" + number;
    }

    /** Whether {@code accountId} is one of this version's required reviewers. */
    public boolean isRequiredReviewer(long accountId) {
        return reviewers.stream().anyMatch(r -> r.reviewerId() == accountId);
    }

    /** The decision of one required reviewer, if they made one. */
    public java.util.Optional<ReviewerDecision> reviewer(long accountId) {
        return reviewers.stream().filter(r -> r.reviewerId() == accountId).findFirst();
    }
}
