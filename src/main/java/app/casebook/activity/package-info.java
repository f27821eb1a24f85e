/**
 * The activity log of each case study (PRODUCT.md, capability 9): written by {@code ActivityLog} from the domain
 * events of the other features, in the transaction of the change itself; read through
 * {@link app.casebook.activity.ActivityService} (every member) and shown in the editor's "Activity" panel
 * ({@code activity.ui}) and, as each case study's newest line with who, in the dashboard's "Last activity". Events of
 * every feature that has a line, publishing and unpublishing included.
 *
 * <p>Errors: {@link app.casebook.base.NotFoundException} for anyone who is not a member. Publishes no events.
 */
package app.casebook.activity;
