package app.casebook.account;

import java.time.Instant;

/** One row of the site-wide audit log: who did what to which account, from where. */
public record AuditEntry(long id, Instant at, String action, String actorName, String target, String detail,
                         String clientAddress) {
}
