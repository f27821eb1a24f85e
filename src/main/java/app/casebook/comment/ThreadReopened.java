package app.casebook.comment;

/** A resolved thread was opened again. */
public record ThreadReopened(long caseStudyId, long actorId, long threadId, long sectionId, String sectionHeading)
        implements CommentEvent {
}
