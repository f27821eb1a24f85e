package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** {@code name} left the case study or is no longer a reviewer, so is no longer a required reviewer of version {@code number} (in review); its state was worked out again. */
public record ReviewerRemoved(long caseStudyId, long actorId, long versionId, int number, long reviewerId, String name) implements CaseStudyEvent {
}
