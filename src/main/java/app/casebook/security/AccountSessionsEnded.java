package app.casebook.security;

/**
 * The open sessions of an account must end (except the one that asked for it, when a person changed their own
 * password): published by the account feature after raising the account's session epoch, inside its transaction.
 * {@link SessionGuard} ends this node's sessions after the commit; other nodes find the raised epoch in the database
 * within a few seconds. Only numbers and an enum, so that it can travel between nodes as JSON later (Redis).
 */
public record AccountSessionsEnded(long accountId, int sessionEpoch, Reason reason) {

    public enum Reason {
        DISABLED, PASSWORD_RESET, PASSWORD_CHANGED, REMOVED
    }
}
