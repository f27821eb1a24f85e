/**
 * Per-person preferences of the screens (how the editor shows text and preview, …), stored per account so they
 * follow the person from browser to browser.
 *
 * <p>API: {@link app.casebook.preference.PreferenceService} (the logged-in person's own preferences only). Errors:
 * {@link app.casebook.base.InvalidInputException} for a bad name or value. Publishes no events.
 */
package app.casebook.preference;
