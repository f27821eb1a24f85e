package app.casebook.comment;

/** A suggested change was dismissed; the thread is resolved with it. */
public record SuggestionDismissed(long caseStudyId, long actorId, long threadId, long sectionId,
                                  long suggestedById, String suggestedByName, String sectionHeading)
        implements CommentEvent {
}
