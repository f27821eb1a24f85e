package app.casebook.membership;

/**
 * Sends an invitation's link by e-mail (implemented by the notification feature's outbox). Called inside the
 * transaction that made the invitation; the mail goes out after it commits, and never fails the invitation.
 */
public interface InvitationMailer {

    /** {@code token} is the secret of the link: never log it. */
    void invitationMade(String email, String inviterName, String caseStudyTitle, String token);
}
