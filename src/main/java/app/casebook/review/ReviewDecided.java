package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** A required reviewer (the actor) approved version {@code number} or requested changes; {@code changedEarlierDecision} when it replaces a decision of theirs. */
public record ReviewDecided(long caseStudyId, long actorId, long versionId, int number, ReviewDecision decision, boolean changedEarlierDecision) implements CaseStudyEvent {
}
