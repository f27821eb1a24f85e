package app.casebook.casestudy;

/** What became of a section save. Every kind means the text is stored; none loses what the person typed. */
public sealed interface SaveResult {

    /** The revision the section now stands at; the next save names it as its base. */
    long revisionId();

    /** Stored as typed (or nothing to store: the text was unchanged). */
    record Saved(long revisionId, String text) implements SaveResult {
    }

    /** Someone else changed the section meanwhile, elsewhere: both changes are in {@code text}. */
    record Merged(long revisionId, String text) implements SaveResult {
    }

    /**
     * Someone else changed the same passage meanwhile. The section keeps {@code theirText}; {@code myText} is
     * kept in the history as revision {@code conflictRevisionId}, for the person to resolve.
     */
    record Conflict(long revisionId, String theirText, String myText, long conflictRevisionId) implements SaveResult {
    }
}
