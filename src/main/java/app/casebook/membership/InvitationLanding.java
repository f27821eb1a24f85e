package app.casebook.membership;

import app.casebook.casestudy.MemberRole;
import java.time.Instant;

/**
 * What the person who opens a valid invitation link is told: who invited them to which case study, as what, and
 * whether the e-mail address it was sent to has an account (then they log in rather than register).
 */
public record InvitationLanding(long caseStudyId, String email, MemberRole role, String caseStudyTitle,
                                String invitedByName,
                                Instant expiresAt, boolean accountExists, boolean alreadyMember) {
}
