package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;

/**
 * Not a change but a request to read again: this node may have missed live events of the case study (Redis was away
 * from it and is back), so every open view of it reads what it shows from the database again, as it does after
 * any change it cannot patch in place. Handed only to the watchers on this node, never published between nodes or
 * logged as activity.
 */
public record LiveResync(long caseStudyId) implements CaseStudyEvent {

    /** Nobody's action: 0. */
    @Override
    public long actorId() {
        return 0;
    }
}
