/**
 * The ground floor every feature stands on, and which depends on none of them.
 *
 * <p>API: {@link app.casebook.base.CaseStudyEvent} (what every domain event is), {@link app.casebook.base.Times}
 * (UTC timestamps as stored), the application {@link java.time.Clock}. Errors every service may throw:
 * {@link app.casebook.base.NotFoundException} (unknown id, or not shared with the person: the same answer) and
 * {@link app.casebook.base.InvalidInputException} (input refused, with a message for the person). Sub-packages:
 * {@code base.text} (word diff, three-way merge, Markdown rendering and sanitising) and {@code base.ui} (the page frame,
 * error pages, messages, time formatting).
 */
package app.casebook.base;
