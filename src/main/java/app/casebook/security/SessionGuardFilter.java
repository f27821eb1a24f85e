package app.casebook.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the HTTP session of a request whose login is no longer valid ({@link SessionGuard}), before anything else
 * looks at it. A page request goes to the login page with a word of why; a Vaadin request goes on without a session,
 * which Vaadin's page answers by loading again, and so meets the login page too.
 */
final class SessionGuardFilter extends OncePerRequestFilter {

    private final SessionGuard guard;
    private final java.util.function.Predicate<HttpServletRequest> vaadinInternal;

    SessionGuardFilter(SessionGuard guard, java.util.function.Predicate<HttpServletRequest> vaadinInternal) {
        this.guard = guard;
        this.vaadinInternal = vaadinInternal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CasebookUser user && !guard.valid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // Ended by another request meanwhile.
                }
            }
            if (!vaadinInternal.test(request) && "GET".equals(request.getMethod())) {
                response.sendRedirect(request.getContextPath() + "/" + SessionGuard.ENDED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
