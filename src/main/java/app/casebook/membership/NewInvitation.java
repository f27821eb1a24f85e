package app.casebook.membership;

/**
 * An invitation just made, with its secret token. The token is never stored or shown again: the owner copies the
 * link now, or invites again.
 */
public record NewInvitation(Invitation invitation, String token) {

    /** The link's path, relative to the application's root: {@code invitation/<token>}. */
    public String path() {
        return "invitation/" + token;
    }
}
