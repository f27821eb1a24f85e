package app.casebook.membership;

import app.casebook.casestudy.MemberRole;
import java.time.Instant;

/**
 * A person on a case study and their role. {@code email} is filled in only for whoever manages the case study (its
 * owner); other members see names only.
 */
public record Member(long accountId, String displayName, String email, MemberRole role, Instant addedAt) {
}
