package app.casebook.casestudy;

/** What a person may do on one case study. Which roles hold which permission is decided in {@link MemberRole}. */
public enum Permission {
    READ,
    COMMENT,
    EDIT,
    HISTORY,
    REVIEW,
    EXPORT,
    MANAGE
}
