package app.casebook.activity;

/** What a line of a case study's activity log is about. Stored by name (column activity.type). */
public enum ActivityType {
    CREATED,
    IMPORTED,
    SECTION_ADDED,
    SECTION_RENAMED,
    SECTIONS_REORDERED,
    SECTION_REMOVED,
    SECTION_RESTORED,
    DELETED,
    INVITED,
    INVITATION_WITHDRAWN,
    MEMBER_JOINED,
    ROLE_CHANGED,
    MEMBER_REMOVED,
    RESTORED,
    MEMBER_LEFT,
    OWNERSHIP_TRANSFERRED,
    THREAD_OPENED,
    COMMENT_REPLIED,
    THREAD_RESOLVED,
    THREAD_REOPENED,
    SUGGESTION_APPLIED,
    SUGGESTION_DISMISSED
}
