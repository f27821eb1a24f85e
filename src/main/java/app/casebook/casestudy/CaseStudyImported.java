package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A case study was made from an imported document with {@code sections} sections. */
public record CaseStudyImported(long caseStudyId, long actorId, int sections) implements CaseStudyEvent {
}
