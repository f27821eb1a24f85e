package app.casebook.casestudy;

/**
 * What a revision holds: a section's text ({@link #BODY}), its heading ({@link #HEADING}), the section as a whole
 * when it was removed or brought back ({@link #SECTION}), or one of the header fields.
 */
public enum RevisionField {
    BODY,
    HEADING,
    SECTION,
    TITLE,
    JOB_TITLE,
    CONTEXT,
    HEADLINE;

    /** The revision field of a header field. */
    public static RevisionField of(HeaderField field) {
        return switch (field) {
            case TITLE -> TITLE;
            case JOB_TITLE -> JOB_TITLE;
            case CONTEXT -> CONTEXT;
            case HEADLINE -> HEADLINE;
        };
    }

    /** The header field this revision field stands for, or null for a section's. */
    public HeaderField headerField() {
        return switch (this) {
            case TITLE -> HeaderField.TITLE;
            case JOB_TITLE -> HeaderField.JOB_TITLE;
            case CONTEXT -> HeaderField.CONTEXT;
            case HEADLINE -> HeaderField.HEADLINE;
            default -> null;
        };
    }
}
