package app.casebook.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in person: Spring Security's user plus the account id and the name shown to others. */
public class CasebookUser extends User {

    private final long accountId;
    private final String displayName;

    public CasebookUser(long accountId, String email, String displayName, String passwordHash, boolean enabled,
                        boolean accountNonLocked, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
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
