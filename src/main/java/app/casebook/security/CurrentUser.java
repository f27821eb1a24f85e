package app.casebook.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is making the current request, as services see it. A session that has ended (the account was disabled, its
 * password reset or changed elsewhere, see {@link SessionGuard}) gets {@link SessionEndedException} instead, so that
 * no service does anything more for it.
 */
@Component
public class CurrentUser {

    private final SessionGuard guard;

    CurrentUser(@Lazy SessionGuard guard) {
        this.guard = guard;
    }

    /** The logged-in person, or empty when nobody is; {@link SessionEndedException} when their session has ended. */
    public Optional<CasebookUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CasebookUser user) {
            if (!guard.valid(user)) {
                throw new SessionEndedException();
            }
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

    /**
     * Keeps the current session valid after its account's session epoch was raised to {@code sessionEpoch} by the
     * current person (their own password change), once the transaction commits: every other session of the account
     * ends, this one goes on.
     */
    public void keepThisSession(int sessionEpoch, boolean mustChangePassword) {
        renewAfterCommit(user -> user.withSession(sessionEpoch, mustChangePassword));
    }

    /**
     * Shows the current person's own new name and e-mail address in their login (the principal of this session), once
     * the transaction commits: what the screens and services read as "who is logged in" is then up to date without
     * a new login. Other sessions of the account keep the old ones until their next login.
     *
     * @param email       the e-mail address now stored for the account (what they log in with)
     * @param displayName the name now stored for the account
     */
    public void profileChanged(String email, String displayName) {
        renewAfterCommit(user -> user.withProfile(email, displayName));
    }

    /** Replaces this session's principal by {@code renew} of it, after the transaction commits (at once without one). */
    private static void renewAfterCommit(UnaryOperator<CasebookUser> renew) {
        SecurityContext context = SecurityContextHolder.getContext();
        if (context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof CasebookUser)) {
            return;
        }
        Runnable replace = () -> {
            Authentication auth = context.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof CasebookUser user) {
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renew.apply(user), null,
                        auth.getAuthorities()));
                store(context);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    replace.run();
                }
            });
        } else {
            replace.run();
        }
    }

    /** Writes the context back into the HTTP session, for the requests that read it from there. */
    private static void store(SecurityContext context) {
        String key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession wrapped = vaadin == null ? null : vaadin.getSession();
        if (wrapped != null) {
            wrapped.setAttribute(key, context);
            return;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            attributes.getRequest().getSession(false).setAttribute(key, context);
        }
    }
}
