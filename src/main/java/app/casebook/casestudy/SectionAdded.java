package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A new, empty section was added at {@code position} (1 for the first). */
public record SectionAdded(long caseStudyId, long sectionId, long actorId, String heading, int position)
        implements CaseStudyEvent {
}
