package app.casebook.account.ui;

import app.casebook.account.PasswordResets;
import app.casebook.base.ui.Links;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Forgot password": asks for the e-mail address and sends a link, without saying whether an account has it. */
@Route("forgot-password")
@PageTitle("Forgot password · Casebook")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    static final String SENT = "If an account uses this address, a link to choose a new password is on its way. "
            + "It works once, within an hour. No mail? Ask an administrator to reset your password.";

    public ForgotPasswordView(PasswordResets resets) {
        addClassName("forgot-password-view");
        getElement().setAttribute("role", "main");
        setAlignItems(FlexComponent.Alignment.CENTER);
        H1 brand = new H1("Casebook");
        brand.addClassName("brand");
        EmailField email = new EmailField("E-mail");
        email.setId("forgot-email");
        email.setWidth("20em");
        Paragraph done = new Paragraph(SENT);
        done.setId("forgot-sent");
        done.setMaxWidth("32em");
        done.setVisible(false);
        Button send = new Button("Send me a link", e -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage("E-mail is required");
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            resets.requestReset(email.getValue(), Links.base());
            done.setVisible(true);
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(brand, new H2("Forgot password"), email, send, done, new Anchor("login", "Back to log in"));
    }
}
