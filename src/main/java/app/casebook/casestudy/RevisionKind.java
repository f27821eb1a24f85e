package app.casebook.casestudy;

/** How a revision came about. */
public enum RevisionKind {
    CREATED,
    EDIT,
    MERGE,
    CONFLICT,
    RESTORE,
    HEADING,
    REMOVED,
    RESTORED_SECTION,
    /** The person chose what to keep after a conflict: recorded as a conflict resolution. */
    RESOLVED,
    /** A suggested change of a comment thread, applied by the revision's author (revision.suggested_by). */
    SUGGESTION
}
