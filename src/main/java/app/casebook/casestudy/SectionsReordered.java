package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** Section {@code sectionId} was moved from place {@code from} to place {@code to} (1 for the first). */
public record SectionsReordered(long caseStudyId, long sectionId, long actorId, int from, int to)
        implements CaseStudyEvent {
}
