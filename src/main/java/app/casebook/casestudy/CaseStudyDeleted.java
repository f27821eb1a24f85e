package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** The owner deleted a case study: everyone on it loses access. */
public record CaseStudyDeleted(long caseStudyId, long actorId) implements CaseStudyEvent, AccessChanged {
}
