package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A case study was started from a template. */
public record CaseStudyCreated(long caseStudyId, long actorId, String templateName) implements CaseStudyEvent {
}
