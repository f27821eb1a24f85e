package app.casebook.publish;

import app.casebook.base.CaseStudyEvent;

/** {@code actorId} took the public page of a case study offline. */
public record VersionUnpublished(long caseStudyId, long actorId) implements CaseStudyEvent {
}
