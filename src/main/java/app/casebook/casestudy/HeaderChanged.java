package app.casebook.casestudy;

import app.casebook.base.CaseStudyEvent;

/** A header field (title, job title, context, headline) was saved with a new value, as revision {@code revisionId}. */
public record HeaderChanged(long caseStudyId, long actorId, HeaderField field, long revisionId)
        implements CaseStudyEvent {
}
