package app.casebook.comment;

/**
 * A suggested change became the section's text as revision {@code revisionId}: suggested by {@code suggestedById}
 * ({@code suggestedByName}), applied by the actor. The thread is resolved with it.
 */
public record SuggestionApplied(long caseStudyId, long actorId, long threadId, long sectionId, long revisionId,
                                long suggestedById, String suggestedByName, String sectionHeading)
        implements CommentEvent {
}
