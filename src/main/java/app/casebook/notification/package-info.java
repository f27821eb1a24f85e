/**
 * Notifications and e-mail: notifications made from domain events by reliable after-commit listeners
 * ({@link app.casebook.notification.Notifier}, Spring Modulith), stored as a kind plus parameters, counted on the
 * bell and pushed on each person's live channel; e-mail through an outbox sent after commit and retried; each
 * person's "e-mail me: immediately / never" per kind. Listens to {@code MemberJoined}, {@code CommentMentioned},
 * {@code CommentAdded}, {@code VersionSubmitted} and {@code ReviewerAdded} (review requested of each required reviewer),
 * {@code ReviewDecided} (a decision, to the owner and the submitter), {@code VersionPublished}; the unread count per
 * case study is a column of the dashboard ({@code notification.ui}).
 *
 * <p>API: {@link app.casebook.notification.NotificationService}. Errors: {@link app.casebook.base.NotFoundException}
 * (someone else's notification), {@link app.casebook.base.InvalidInputException}. Publishes no events.
 */
package app.casebook.notification;
