package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** Someone opened or left a case study, or started or stopped editing a section. Live only, never logged. */
public record PresenceChanged(long caseStudyId, long actorId) implements CaseStudyEvent {
}
