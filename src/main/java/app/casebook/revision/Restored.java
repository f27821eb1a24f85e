package app.casebook.revision;

/**
 * What {@link RevisionService#restore} did: {@code revisionId} is the revision that now stands (the new restore
 * revision, or the current one when nothing had to change).
 */
public record Restored(Outcome outcome, long revisionId) {

    public enum Outcome {
        /** The old text, heading or header value is back, recorded as a restore. */
        RESTORED,
        /** It is already the current one: nothing was written. */
        ALREADY_CURRENT,
        /** Someone changed the section meanwhile; the restored text is kept aside as a conflict to resolve. */
        CONFLICT,
        /** A removed section is back at its old place, with its last text. */
        SECTION_BROUGHT_BACK
    }
}
