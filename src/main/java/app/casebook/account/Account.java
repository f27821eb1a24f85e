package app.casebook.account;

import java.time.Instant;

/** A person who can log in. */
public record Account(long id, String email, String displayName, SiteRole siteRole, boolean enabled,
                      Instant lockedUntil, Instant createdAt) {
}
