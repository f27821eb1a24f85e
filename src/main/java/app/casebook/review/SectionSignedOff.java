package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** A required reviewer (the actor) marked one section of version {@code number} as looking good or needing work. */
public record SectionSignedOff(long caseStudyId, long actorId, long versionId, int number, long sectionId, String heading, SignOffVerdict verdict) implements CaseStudyEvent {
}
