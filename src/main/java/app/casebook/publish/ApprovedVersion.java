package app.casebook.publish;

import java.time.Instant;

/** A version of a case study that reviewers approved, which may be published or exported. */
public record ApprovedVersion(long id, long caseStudyId, int number, Instant decidedAt, int approvals) {
}
