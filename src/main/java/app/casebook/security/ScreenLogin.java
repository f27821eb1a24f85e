package app.casebook.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in from a screen of the app (right after they created their account with an invitation link), the
 * way the login form's POST does: the same password check behind {@link LoginThrottle} (recorded and audited as a
 * login), a new session id against session fixation, a new CSRF token, and the login stored in the HTTP session for
 * the next requests.
 */
@Component
public class ScreenLogin {

    private final AuthenticationConfiguration authentication;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ScreenLogin(AuthenticationConfiguration authentication) {
        this.authentication = authentication;
    }

    /**
     * Logs the person with {@code email} and {@code password} in, in the current Vaadin request; the rest of this
     * request and the following ones are theirs.
     *
     * @throws AuthenticationException when the password check refuses (wrong, locked, throttled)
     * @throws IllegalStateException   outside a request of the app's screens
     */
    public void logIn(String email, String password) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        VaadinServletResponse vaadinResponse = VaadinServletResponse.getCurrent();
        if (vaadinRequest == null || vaadinResponse == null) {
            throw new IllegalStateException("A login from a screen needs the screen's request");
        }
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        HttpServletResponse response = vaadinResponse.getHttpServletResponse();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        attempt.setDetails(details.buildDetails(request));
        Authentication result = manager().authenticate(attempt);

        // As the login form's filter does: first the session (ChangeSessionIdAuthenticationStrategy and
        // CsrfAuthenticationStrategy), then the security context, saved for the next requests.
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(result);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private AuthenticationManager manager() {
        try {
            return authentication.getAuthenticationManager();
        } catch (Exception e) {
            throw new AuthenticationServiceException("No authentication manager", e);
        }
    }
}
