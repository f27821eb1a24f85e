package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A removed section was brought back at {@code position} (1 for the first). */
public record SectionRestored(long caseStudyId, long sectionId, long actorId, String heading, int position)
        implements CaseStudyEvent {
}
