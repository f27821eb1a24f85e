package app.casebook.membership;

import app.casebook.casestudy.MemberRole;
import java.time.Instant;

/**
 * What the person who opens a valid invitation link is told: who invited them to which case study, as what. Not
 * whether the address it was sent to has an account: whoever invites an address could learn that by opening their
 * own link, so the page offers logging in and creating an account alike.
 */
public record InvitationLanding(long caseStudyId, String email, MemberRole role, String caseStudyTitle,
                                String invitedByName, Instant expiresAt, boolean alreadyMember) {
}
