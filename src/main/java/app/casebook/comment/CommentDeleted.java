package app.casebook.comment;

/** A comment's author deleted it; it stays in its thread as "comment deleted". */
public record CommentDeleted(long caseStudyId, long actorId, long threadId, long sectionId, long commentId)
        implements CommentEvent {
}
