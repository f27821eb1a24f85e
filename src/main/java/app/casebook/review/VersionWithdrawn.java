package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** The owner withdrew version {@code number} before it was decided. */
public record VersionWithdrawn(long caseStudyId, long actorId, long versionId, int number) implements CaseStudyEvent {
}
