package app.casebook.comment;

/** A reply in a thread; {@code threadAuthorId} opened the thread (for a notification "reply"). */
public record CommentAdded(long caseStudyId, long actorId, long threadId, long sectionId, long commentId,
                           long threadAuthorId, String sectionHeading) implements CommentEvent {
}
