/**
 * Login and sessions: the security configuration (Vaadin + Spring Security, method security, CSRF on the login form,
 * security headers), who is logged in ({@link app.casebook.security.CurrentUser}), login throttling
 * ({@link app.casebook.security.LoginThrottle}), the idle-session rule, and the ending of sessions whose account was
 * disabled, reset or changed ({@link app.casebook.security.SessionGuard}; the account feature tells it through
 * {@link app.casebook.security.AccountStandings} and {@link app.casebook.security.AccountSessionsEnded}). Knows no feature: the login view comes from a {@link app.casebook.security.LoginPage} bean and
 * failed logins are recorded through {@link app.casebook.security.LoginAttemptStore}.
 *
 * <p>Errors: {@link app.casebook.security.LoginThrottledException} while an e-mail address or a client address is
 * locked out. {@link app.casebook.security.SessionEndedException} for work asked in an ended session.
 * Defines the event {@link app.casebook.security.AccountSessionsEnded} (published by the account feature).
 */
package app.casebook.security;
