package app.casebook.membership;

import app.casebook.casestudy.MemberRole;
import java.time.Instant;

/** An invitation to a case study that has not been accepted, withdrawn or let expire yet. */
public record Invitation(long id, long caseStudyId, String email, MemberRole role, String invitedByName,
                         Instant createdAt, Instant expiresAt) {
}
