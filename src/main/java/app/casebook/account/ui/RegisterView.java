package app.casebook.account.ui;

import app.casebook.account.AccountService;
import app.casebook.base.ui.Notifications;
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

/** Open sign-up: an account without an invitation, while an administrator allows it. */
@Route("register")
@PageTitle("Sign up · Casebook")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountService accounts;

    public RegisterView(AccountService accounts) {
        this.accounts = accounts;
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
            accounts.register(email, name, password);
            Notifications.success("Your account is ready. Log in with your e-mail address and password.");
            UI.getCurrent().navigate(LoginView.class);
        }), new Anchor("login", "I already have an account"));
    }
}
