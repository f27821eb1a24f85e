package app.casebook.publish;

import app.casebook.base.CaseStudyEvent;

/** {@code actorId} published version {@code versionNumber} of a case study on a public page. */
public record VersionPublished(long caseStudyId, long actorId, long versionId, int versionNumber)
        implements CaseStudyEvent {
}
