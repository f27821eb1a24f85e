package app.casebook.comment;

/** What became of "apply this suggestion". */
public sealed interface ApplyResult {

    /** The suggestion is the section's text now, as revision {@code revisionId}; the thread is resolved. */
    record Applied(long revisionId) implements ApplyResult {
    }

    /**
     * The quoted passage changed since the suggestion was made: nothing was applied. {@code currentPassage} is what it
     * reads now (to show and ask before applying to it), or {@code null} when it is gone.
     */
    record PassageChanged(String currentPassage) implements ApplyResult {
    }
}
