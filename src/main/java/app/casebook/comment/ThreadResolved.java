package app.casebook.comment;

/** A thread was resolved. */
public record ThreadResolved(long caseStudyId, long actorId, long threadId, long sectionId, String sectionHeading)
        implements CommentEvent {
}
