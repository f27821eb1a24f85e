package app.casebook.comment;

/** A new thread with its first comment; {@code onPassage} when it quotes a passage, {@code withSuggestion} when it proposes a replacement. */
public record CommentThreadOpened(long caseStudyId, long actorId, long threadId, long sectionId, long commentId,
                                  String sectionHeading, boolean onPassage, boolean withSuggestion)
        implements CommentEvent {
}
