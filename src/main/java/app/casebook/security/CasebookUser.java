package app.casebook.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: Spring Security's user plus the account id and the name shown to others. */
public class CasebookUser extends User {

    private final long accountId;
    private final String displayName;
    private final int sessionEpoch;
    private final boolean mustChangePassword;

    public CasebookUser(long accountId, String email, String displayName, String passwordHash, boolean enabled,
                        boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
        this(accountId, email, displayName, passwordHash, enabled, accountNonLocked, authorities, 0, false);
    }

    /**
     * @param sessionEpoch       the account's session epoch at login: the session ends once the account's is higher
     * @param mustChangePassword logged in with a temporary password set by an administrator
     */
    public CasebookUser(long accountId, String email, String displayName, String passwordHash, boolean enabled,
                        boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities,
                        int sessionEpoch, boolean mustChangePassword) {
        super(email, passwordHash == null ? "" : passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.sessionEpoch = sessionEpoch;
        this.mustChangePassword = mustChangePassword;
    }

    /** The same person in a session renewed at {@code sessionEpoch}. */
    CasebookUser withSession(int sessionEpoch, boolean mustChangePassword) {
        return new CasebookUser(accountId, getUsername(), displayName, "", isEnabled(), isAccountNonLocked(),
                getAuthorities(), sessionEpoch, mustChangePassword);
    }

    /** The same person, in the same session, with a new e-mail address (user name) and display name. */
    CasebookUser withProfile(String email, String displayName) {
        return new CasebookUser(accountId, email, displayName, "", isEnabled(), isAccountNonLocked(),
                getAuthorities(), sessionEpoch, mustChangePassword);
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return getUsername();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CasebookUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}
