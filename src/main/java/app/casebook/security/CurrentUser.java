package app.casebook.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request, as services see it. */
@Component
public class CurrentUser {

    public Optional<CasebookUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CasebookUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public CasebookUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    public long id() {
        return require().accountId();
    }

    public boolean isAdmin() {
        return get().map(u -> u.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())))
                .orElse(false);
    }
}
