package app.casebook.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an account's open sessions may go on, as the account feature keeps it, so that {@code security} does not
 * depend on {@code account}.
 */
public interface AccountStandings {

    /** The account's state now; empty when it no longer exists. */
    Optional<Standing> find(long accountId);

    /** The state of several accounts at once; accounts that no longer exist are missing from the map. */
    Map<Long, Standing> findAll(Collection<Long> accountIds);

    /**
     * @param enabled            false once an administrator disabled the account
     * @param sessionEpoch       raised whenever the account's sessions must end; a session of a lower epoch is over
     * @param mustChangePassword the password was set by an administrator and must be changed first
     */
    record Standing(boolean enabled, int sessionEpoch, boolean mustChangePassword) {
    }
}
