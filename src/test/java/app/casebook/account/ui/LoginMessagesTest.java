package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.TestInput;
import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.AdminService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.ui.DashboardView;
import app.casebook.security.CasebookUser;
import app.casebook.security.LoginThrottledException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a failed login, and the open sign-up page. */
class LoginMessagesTest extends KaribuTest {

    @Autowired
    private AccountService accounts;
    @Autowired
    private AdminService admin;

    @AfterEach
    void signUpClosedAgain() {
        // A login kept in the Vaadin session (after sign-up) is the one services see; the admin's comes next.
        if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession() != null) {
            VaadinSession.getCurrent().getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.setOpenSignUp(false));
    }

    @Test
    void a_wrong_password_says_only_wrong_e_mail_or_password() {
        failedWith(new BadCredentialsException("Bad credentials"));

        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(shownError(form)).contains("\"Wrong e-mail or password\"").doesNotContain("Too many");
    }

    @Test
    void a_lock_out_says_how_many_minutes_to_wait() {
        failedWith(new LoginThrottledException(Instant.now().plus(Duration.ofSeconds(170))));

        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(shownError(form)).contains("\"Too many failed attempts; try again in 3 minutes.\"");
    }

    @Test
    void an_account_locked_by_an_admin_is_named_as_such_after_the_right_password() {
        failedWith(new DisabledException("User is disabled"));

        assertThat(shownError(_get(LoginForm.class, spec -> spec.withId("login-form"))))
                .contains("\"Account locked\"");
    }

    @Test
    void sign_up_without_an_invitation_is_refused_while_open_sign_up_is_off() {
        navigate("login");
        _assertNone(Anchor.class, spec -> spec.withId("register-link"));

        navigate("register");

        assertThat(_get(Paragraph.class, spec -> spec.withId("signup-closed")).getText())
                .startsWith("Sign-up is by invitation");
        _assertNone(Button.class, spec -> spec.withId("register-button"));
    }

    @Test
    void with_open_sign_up_anybody_creates_an_account_is_logged_in_and_lands_on_the_dashboard() {
        Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.setOpenSignUp(true));
        navigate("login");
        assertThat(_get(Anchor.class, spec -> spec.withId("register-link")).isVisible()).isTrue();
        navigate("register");
        String email = "open-" + UUID.randomUUID() + "@casebook.test";

        TestInput.type(_get(TextField.class, spec -> spec.withId("register-name")), "Oona Open");
        TestInput.type(_get(EmailField.class, spec -> spec.withId("register-email")), email);
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-password")), "a-long-password");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-repeat-password")), "a-long-password");
        HttpSession session = ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getSession();
        String sessionIdBefore = session.getId();
        _click(_get(Button.class, spec -> spec.withId("register-button")));

        // Logged in as the login form does: a new session id, the login kept in the session for the next requests.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(CasebookUser.class,
                user -> assertThat(user.email()).isEqualTo(email));
        assertThat(session.getId()).isNotEqualTo(sessionIdBefore);
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication()).isSameAs(auth);
        assertThat(locationsOpened()).as("the dashboard, as a new page of the new login").containsExactly("./");
        // That page, opened by the browser with the login kept in the session: the person's dashboard.
        login(stored.getAuthentication());
        navigate("");
        NavigatorKt.expectView(DashboardView.class);
        Account created = Fixtures.as(fixtures.account("Someone"), () -> accounts.findByEmail(email)).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Oona Open");
        assertThat(((CasebookUser) auth.getPrincipal()).accountId()).isEqualTo(created.id());
    }

    /** The addresses the page was told to open instead of itself ({@code Page.setLocation}), not yet sent. */
    private static java.util.List<String> locationsOpened() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation())
                .filter(js -> js.getExpression().contains("window.open") && js.getExpression().contains("_self"))
                .map(js -> String.valueOf(js.getParameters().get(0))).toList();
    }

    /** The texts the browser's login form was sent, error message included (the "i18n" property, as JSON). */
    private static String shownError(LoginForm form) {
        MockVaadin.clientRoundtrip(false);
        Object i18n = form.getElement().getPropertyRaw("i18n");
        assertThat(i18n).as("the login form's texts").isNotNull();
        return i18n.toString();
    }

    private static void failedWith(Exception exception) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}
