/**
 * Who is on a case study, with which role, and how people join: invitations by link (single use, expiring, stored as
 * a hash), accepting or registering with one; the "People" panel and the invitation pages ({@code membership.ui}).
 *
 * <p>API: {@link app.casebook.membership.MemberService}, {@link app.casebook.membership.InvitationService}. Errors:
 * {@link app.casebook.base.NotFoundException} (not a member), {@link
 * org.springframework.security.access.AccessDeniedException} (a member who may not manage),
 * {@link app.casebook.base.InvalidInputException} (a change the rules forbid). Events:
 * {@link app.casebook.membership.MemberJoined}, {@link app.casebook.membership.MemberRoleChanged},
 * {@link app.casebook.membership.MemberRemoved}, {@link app.casebook.membership.InvitationSent},
 * {@link app.casebook.membership.InvitationWithdrawn}.
 */
package app.casebook.membership;
