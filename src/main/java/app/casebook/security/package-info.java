/**
 * Login and sessions: the security configuration (Vaadin + Spring Security, method security), who is logged in
 * ({@link app.casebook.security.CurrentUser}), login throttling ({@link app.casebook.security.LoginThrottle}) and the
 * idle-session rule. Knows no feature: the login view comes from a {@link app.casebook.security.LoginPage} bean and
 * failed logins are recorded through {@link app.casebook.security.LoginAttemptStore}.
 *
 * <p>Errors: {@link app.casebook.security.LoginThrottledException} while an e-mail address or a client address is
 * locked out. Publishes no events.
 */
package app.casebook.security;
