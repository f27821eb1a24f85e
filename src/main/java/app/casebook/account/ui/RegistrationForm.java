package app.casebook.account.ui;

import app.casebook.account.AccountService;
import app.casebook.base.InvalidInputException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Name, e-mail address and a password typed twice: what a new account needs. The service checks the rules again. */
public class RegistrationForm extends Composite<VerticalLayout> {

    /** Creates the account; throws {@link InvalidInputException} with a message for the person. */
    @FunctionalInterface
    public interface Submit {
        void register(String name, String email, String password);
    }

    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("E-mail");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Password again");
    private final Paragraph error = new Paragraph();
    private final Submit submit;

    public RegistrationForm(String prefilledEmail, Submit submit) {
        this.submit = submit;
        VerticalLayout root = getContent();
        root.setId("registration-form");
        root.setPadding(false);
        root.setMaxWidth("28em");
        name.setId("register-name");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        if (prefilledEmail != null) {
            email.setValue(prefilledEmail);
        }
        password.setId("register-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD + " characters.");
        password.setWidthFull();
        repeat.setId("register-repeat-password");
        repeat.setWidthFull();
        error.setId("register-error");
        error.addClassName("form-error");
        error.setVisible(false);
        Button create = new Button("Create account", e -> submit());
        create.setId("register-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        root.add(name, email, password, repeat, error, create);
    }

    private void submit() {
        if (!password.getValue().equals(repeat.getValue())) {
            show("The two passwords are not the same.");
            return;
        }
        try {
            submit.register(name.getValue(), email.getValue(), password.getValue());
            error.setVisible(false);
        } catch (InvalidInputException e) {
            show(e.getMessage());
        }
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
