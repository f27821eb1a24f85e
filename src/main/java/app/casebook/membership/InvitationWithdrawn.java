package app.casebook.membership;

import app.casebook.base.CaseStudyEvent;

/** The owner withdrew the pending invitation of {@code email}: its link no longer works. */
public record InvitationWithdrawn(long caseStudyId, long actorId, long invitationId, String email)
        implements CaseStudyEvent {
}
