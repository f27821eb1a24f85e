package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** The owner made {@code name} a required reviewer of version {@code number} while it is in review. */
public record ReviewerAdded(long caseStudyId, long actorId, long versionId, int number, long reviewerId, String name) implements CaseStudyEvent {
}
