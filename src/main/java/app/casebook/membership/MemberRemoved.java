package app.casebook.membership;

import app.casebook.casestudy.AccessChanged;
import app.casebook.casestudy.MemberRole;

/** Member {@code accountId} ({@code name}), who had {@code role}, is no longer on the case study. */
public record MemberRemoved(long caseStudyId, long actorId, long accountId, String name, MemberRole role)
        implements AccessChanged {
}
