package app.casebook.account.ui;

import app.casebook.account.AccountService;
import app.casebook.account.PasswordResets;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page of a reset link: choose a new password, once. */
@Route("reset-password")
@PageTitle("Choose a new password · Casebook")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String> {

    private final PasswordResets resets;

    public ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("reset-password-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        H1 brand = new H1("Casebook");
        brand.addClassName("brand");
        add(brand, new H2("Choose a new password"));
        if (!resets.valid(token)) {
            Paragraph invalid = new Paragraph(PasswordResets.INVALID);
            invalid.setId("reset-invalid");
            add(invalid, new Anchor("forgot-password", "Ask for a new link"));
            return;
        }
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD + " characters.");
        PasswordField repeat = new PasswordField("New password again");
        repeat.setId("reset-repeat");
        Button save = new Button("Set the new password", e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords are not the same.");
                repeat.setInvalid(true);
                return;
            }
            try {
                resets.reset(token, password.getValue());
                Notifications.success("Your new password is set. Log in with it.");
                UI.getCurrent().navigate(LoginView.class);
            } catch (InvalidInputException ex) {
                password.setErrorMessage(ex.getMessage());
                password.setInvalid(true);
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }
}
