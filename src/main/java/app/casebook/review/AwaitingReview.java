package app.casebook.review;

import java.time.Instant;

/** A version in review on which the current person is a required reviewer and has not decided yet. */
public record AwaitingReview(long caseStudyId, String title, long versionId, int number, String ownerName,
                             Instant submittedAt) {
}
