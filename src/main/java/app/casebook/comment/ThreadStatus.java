package app.casebook.comment;

/** Whether a thread still asks for attention. Stored by name (column comment_thread.status). */
public enum ThreadStatus {
    OPEN,
    RESOLVED
}
