/**
 * Comments: threads on a section or on a quoted passage, replies, edit and delete of one's own comment, @mentions,
 * resolve and reopen, unread counts, suggested changes; anchors that follow their passage through edits
 * ({@link app.casebook.comment.Anchors}, a pure class).
 *
 * <p>API: {@link app.casebook.comment.CommentService}. Errors: {@link app.casebook.base.NotFoundException} (unknown
 * thread, or not a member), {@link org.springframework.security.access.AccessDeniedException} (someone else's
 * comment, resolving a thread one may not, applying a suggestion without edit rights),
 * {@link app.casebook.base.InvalidInputException} (limits, a section removed or a thread resolved meanwhile). Events
 * ({@link app.casebook.comment.CommentEvent}): {@link app.casebook.comment.CommentThreadOpened},
 * {@link app.casebook.comment.CommentAdded}, {@link app.casebook.comment.CommentEdited},
 * {@link app.casebook.comment.CommentDeleted}, {@link app.casebook.comment.ThreadResolved},
 * {@link app.casebook.comment.ThreadReopened}, {@link app.casebook.comment.SuggestionApplied},
 * {@link app.casebook.comment.SuggestionDismissed}; and {@link app.casebook.comment.CommentMentioned} per mention.
 * Listens to {@link app.casebook.casestudy.CaseStudyPurging}.
 */
package app.casebook.comment;
