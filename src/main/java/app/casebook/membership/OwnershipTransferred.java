package app.casebook.membership;

import app.casebook.casestudy.AccessChanged;

/** The owner ({@code actorId}) made editor {@code accountId} ({@code name}) the owner and is now an editor. */
public record OwnershipTransferred(long caseStudyId, long actorId, long accountId, String name)
        implements AccessChanged {
}
