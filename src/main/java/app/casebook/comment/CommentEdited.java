package app.casebook.comment;

/** A comment's author changed its text. */
public record CommentEdited(long caseStudyId, long actorId, long threadId, long sectionId, long commentId)
        implements CommentEvent {
}
