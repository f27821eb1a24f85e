package app.casebook.membership;

import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.MemberRole;

/**
 * The owner invited {@code email} with {@code role}; {@code replacedEarlier}: an earlier pending invitation of the
 * same address was withdrawn by it. Carries no token: the link is a credential and goes only to the inviter.
 */
public record InvitationSent(long caseStudyId, long actorId, long invitationId, String email, MemberRole role,
                             boolean replacedEarlier) implements CaseStudyEvent {
}
