package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/**
 * A section's text was saved as revision {@code revisionId}: as typed ({@link RevisionKind#EDIT}), merged with a
 * concurrent change ({@link RevisionKind#MERGE}) or put back from the history ({@link RevisionKind#RESTORE}).
 */
public record SectionSaved(long caseStudyId, long sectionId, long actorId, long revisionId, RevisionKind kind)
        implements CaseStudyEvent {
}
