package app.casebook.publish;

/**
 * A new public page: its path ({@code p/<token>}, relative to the application's root). Shown once to the owner
 * when publishing; only the token's hash is kept, so the link cannot be shown again later (publish anew for a new one).
 */
public record PublicLink(Publication publication, String path) {
}
