package app.casebook.comment;

import app.casebook.base.CaseStudyEvent;

/** A comment mentions {@code accountId}, a member of the case study (a comment_mention row was written). */
public record CommentMentioned(long caseStudyId, long actorId, long threadId, long commentId, long accountId)
        implements CaseStudyEvent {
}
