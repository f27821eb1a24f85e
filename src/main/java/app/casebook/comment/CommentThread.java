package app.casebook.comment;

import java.time.Instant;
import java.util.List;

/**
 * A thread on a section, or on a quoted passage of it ({@code quote} not null), with its comments oldest first.
 * {@code anchor} is where the quote stands in the section's current text; {@code suggestion} a replacement of the
 * quote proposed by the thread's author, with {@code suggestionState}. {@code history}: every resolve and reopen.
 */
public record CommentThread(long id, long caseStudyId, long sectionId, String sectionHeading, long createdBy,
                            String createdByName, Instant createdAt, String quote, ThreadStatus status,
                            Long resolvedBy, String resolvedByName, Instant resolvedAt, String suggestion,
                            SuggestionState suggestionState, List<Comment> comments, List<ResolutionStep> history,
                            List<Long> mentioned, Anchor anchor) {

    public boolean open() {
        return status == ThreadStatus.OPEN;
    }

    public boolean outdated() {
        return anchor.outdated();
    }

    public boolean hasPendingSuggestion() {
        return suggestion != null && suggestionState == SuggestionState.PENDING;
    }
}
