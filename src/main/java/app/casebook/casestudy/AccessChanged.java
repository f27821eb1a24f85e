package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/**
 * An event after which a person looking at the case study may have a different role, or none: whoever shows it
 * reads their access again (a removed member or a deleted case study leaves the page at once).
 */
public interface AccessChanged extends CaseStudyEvent {
}
