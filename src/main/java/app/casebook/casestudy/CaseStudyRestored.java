package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** The owner brought a deleted case study back from "Recently deleted": its members have access again. */
public record CaseStudyRestored(long caseStudyId, long actorId) implements CaseStudyEvent, AccessChanged {
}
