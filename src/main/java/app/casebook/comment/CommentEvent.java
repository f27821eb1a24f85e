package app.casebook.comment;

import app.casebook.base.CaseStudyEvent;

/** Something that happened to a comment thread; every one reaches the editors of the case study live. */
public sealed interface CommentEvent extends CaseStudyEvent
        permits CommentThreadOpened, CommentAdded, CommentEdited, CommentDeleted, ThreadResolved, ThreadReopened,
        SuggestionApplied, SuggestionDismissed {

    long threadId();

    long sectionId();
}
