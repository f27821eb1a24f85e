package app.casebook.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A login POST whose CSRF token is missing or stale is refused without looking at the password. A person whose login
 * page outlived their session gets a fresh login page ({@code /login?expired}) rather than a bare 403; every other
 * refused request gets the usual 403.
 */
final class ExpiredLoginPage implements AccessDeniedHandler {

    private final String loginPath;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    ExpiredLoginPage(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && loginPath.equals(path)) {
            response.sendRedirect(request.getContextPath() + loginPath + "?expired");
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
