package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A section got a new heading. */
public record SectionRenamed(long caseStudyId, long sectionId, long actorId, String oldHeading, String heading)
        implements CaseStudyEvent {
}
