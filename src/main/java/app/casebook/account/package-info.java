/**
 * Accounts: registration (open sign-up when an administrator allows it), profile and password, the administration of
 * accounts and the site-wide audit log; the login, registration, account and admin screens ({@code account.ui}).
 *
 * <p>API: {@link app.casebook.account.AccountService}, {@link app.casebook.account.AdminService} (administrators
 * only), {@link app.casebook.account.NewAccounts} (for other services that decided an account may be made, e.g. a
 * valid invitation). Errors: {@link app.casebook.base.InvalidInputException} for refused input,
 * {@link app.casebook.base.NotFoundException} for unknown accounts,
 * {@link org.springframework.security.access.AccessDeniedException} for non-administrators. Publishes no domain
 * events; account changes go to the audit log.
 */
package app.casebook.account;
