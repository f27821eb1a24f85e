package app.casebook.comment;

/** What became of a suggested change. Stored by name (column comment_thread.suggestion_state). */
public enum SuggestionState {
    PENDING,
    APPLIED,
    DISMISSED
}
