package app.casebook.account.ui;

import app.casebook.account.AccountService;
import app.casebook.base.ui.Notifications;
import app.casebook.security.ScreenLogin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.core.AuthenticationException;

/**
 * Open sign-up: an account without an invitation, while an administrator allows it. The new person is logged in at
 * once (as after registering through an invitation) and lands on their (empty) dashboard.
 */
@Route("register")
@PageTitle("Sign up · Casebook")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountService accounts;
    private final ScreenLogin screenLogin;

    public RegisterView(AccountService accounts, ScreenLogin screenLogin) {
        this.accounts = accounts;
        this.screenLogin = screenLogin;
        addClassName("register-view");
        getElement().setAttribute("role", "main");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 brand = new H1("Casebook");
        brand.addClassName("brand");
        add(brand, new H2("Sign up"));
        if (!accounts.openSignUp()) {
            Paragraph closed = new Paragraph(AccountService.SIGN_UP_CLOSED);
            closed.setId("signup-closed");
            add(closed, new Anchor("login", "Log in"));
            return;
        }
        add(new RegistrationForm(null, (name, email, password) -> {
            String address = accounts.register(email, name, password).email();
            try {
                screenLogin.logIn(address, password);
            } catch (AuthenticationException e) {
                // Rare (e.g. too many failed logins from this network): the account is there.
                Notifications.success("Your account is ready. Log in with your e-mail address and password.");
                UI.getCurrent().navigate(LoginView.class);
                return;
            }
            // The dashboard as a new page: a new window of the new login, with the new session id from the start
            // (also for the push connection, which was opened under the old one).
            UI.getCurrent().getPage().setLocation("./");
        }), new Anchor("login", "I already have an account"));
    }
}
