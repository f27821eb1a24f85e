package app.casebook.membership;

import app.casebook.casestudy.AccessChanged;
import app.casebook.casestudy.MemberRole;

/** Member {@code actorId} ({@code name}), who had {@code role}, left the case study of their own accord. */
public record MemberLeft(long caseStudyId, long actorId, String name, MemberRole role) implements AccessChanged {
}
