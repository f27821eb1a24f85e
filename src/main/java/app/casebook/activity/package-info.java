/**
 * The activity log of each case study (PRODUCT.md, capability 9): written by {@code ActivityLog} from the domain
 * events of the other features, in the transaction of the change itself; read through
 * {@link app.casebook.activity.ActivityService} (every member) and shown in the editor's "Activity" panel
 * ({@code activity.ui}).
 *
 * <p>Errors: {@link app.casebook.base.NotFoundException} for anyone who is not a member. Publishes no events.
 */
package app.casebook.activity;
