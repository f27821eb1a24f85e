package app.casebook.review;

import java.time.Instant;

/**
 * A required reviewer of a version and their current decision ({@code decision} null while they have not decided).
 * {@code contentHash} is the content hash of the text the decision was made on: for an approval, the exact text it
 * approved.
 */
public record ReviewerDecision(long reviewerId, String name, ReviewDecision decision, String comment,
                               Instant decidedAt, String contentHash) {
}
