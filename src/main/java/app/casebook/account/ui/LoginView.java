package app.casebook.account.ui;

import app.casebook.account.AccountService;
import app.casebook.security.LoginThrottledException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The login form. After a failed attempt (Spring Security redirects to {@code /login?error}) it tells why, as far as
 * that reveals nothing: a wrong e-mail or password, a pause after too many failures (for any e-mail address, existing
 * or not), or, after the right password only, an account locked by an administrator.
 */
@Route("login")
@PageTitle("Log in · Casebook")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_TITLE = "Wrong e-mail or password";
    private final LoginForm login = new LoginForm();
    private final Anchor register = new Anchor("register", "Create an account");
    private final AccountService accounts;
    private final Clock clock;

    public LoginView(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setI18n(i18n(WRONG_TITLE, "Check the e-mail address and password and try again. After repeated "
                + "failures the account is locked for a few minutes."));
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setId("login-form");
        register.setId("register-link");

        H1 brand = new H1("Casebook");
        brand.addClassName("brand");
        add(brand, new Paragraph("Case studies for your portfolio, written and reviewed together."), login, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            event.forwardTo(""); // already logged in: their case studies
            return;
        }
        register.setVisible(accounts.openSignUp());
        if (event.getLocation().getQueryParameters().getParameters().containsKey("expired")) {
            login.setI18n(i18n("Please log in again", "The login page had expired. Enter your e-mail and password "
                    + "again."));
            login.setError(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = lastException();
            if (last instanceof LoginThrottledException throttled) {
                long minutes = throttled.minutesLeft(clock.instant());
                login.setI18n(i18n("Too many failed attempts", "Too many failed attempts; try again in " + minutes
                        + (minutes == 1 ? " minute." : " minutes.")));
            } else if (last instanceof LockedException) {
                login.setI18n(i18n("Too many failed attempts", "Too many failed attempts; try again in a few minutes."));
            } else if (last instanceof DisabledException) {
                login.setI18n(i18n("Account locked", "This account has been locked by an administrator. "
                        + "Ask them to unlock it."));
            }
            login.setError(true);
        }
    }

    private static Object lastException() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? null : wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n i18n(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setUsername("E-mail is required");
        i18n.getErrorMessage().setPassword("Password is required");
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        return i18n;
    }
}
