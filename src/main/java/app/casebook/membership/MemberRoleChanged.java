package app.casebook.membership;

import app.casebook.casestudy.AccessChanged;
import app.casebook.casestudy.MemberRole;

/** The owner gave member {@code accountId} ({@code name}) the role {@code role} instead of {@code previousRole}. */
public record MemberRoleChanged(long caseStudyId, long actorId, long accountId, String name, MemberRole previousRole,
                                MemberRole role) implements AccessChanged {
}
