/**
 * Notifications and e-mail: notifications made from domain events by reliable after-commit listeners
 * ({@link app.casebook.notification.Notifier}, Spring Modulith), stored as a kind plus parameters, counted on the
 * bell and pushed on each person's live channel; e-mail through an outbox sent after commit and retried; each
 * person's "e-mail me: immediately / never" per kind.
 *
 * <p>API: {@link app.casebook.notification.NotificationService}. Errors: {@link app.casebook.base.NotFoundException}
 * (someone else's notification), {@link app.casebook.base.InvalidInputException}. Publishes no events.
 */
package app.casebook.notification;
