package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A section was removed; its text and history are kept and it can be brought back. */
public record SectionRemoved(long caseStudyId, long sectionId, long actorId, String heading)
        implements CaseStudyEvent {
}
