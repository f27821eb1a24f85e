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
    RESTORED_SECTION
}
