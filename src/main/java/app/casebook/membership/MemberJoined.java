package app.casebook.membership;

import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.MemberRole;

/** {@code accountId} ({@code name}) joined a case study with {@code role}, through an invitation. */
public record MemberJoined(long caseStudyId, long actorId, long accountId, String name, MemberRole role)
        implements CaseStudyEvent {
}
