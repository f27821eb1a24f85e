package app.casebook.account.ui;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import app.casebook.preference.PreferenceService;
import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The logged-in person's own account: who they are, name, e-mail address, password and how the screens look. */
@Route(value = "account", layout = MainLayout.class)
@Menu(title = "Account", order = 2, icon = "vaadin:user")
@PageTitle("Your account · Casebook")
@PermitAll
public class AccountView extends VerticalLayout implements AfterNavigationObserver {

    private final AccountService accounts;
    private final Paragraph who = new Paragraph();
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Paragraph error = new Paragraph();
    private final Paragraph mustChange = new Paragraph("Your password was set by an administrator. Choose a new one "
            + "to go on; until then this is the only page you can open.");
    private final CurrentUser currentUser;
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("E-mail address");
    private final PasswordField emailPassword = new PasswordField("Your password, to confirm");
    private final PreferenceService preferences;
    private final RadioButtonGroup<Appearance> appearance = new RadioButtonGroup<>("Appearance");
    /** True while the page shows the stored choice: not a choice of the person to store again. */
    private boolean showingStoredAppearance;

    public AccountView(AccountService accounts, CurrentUser currentUser, PreferenceService preferences) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.preferences = preferences;
        mustChange.setId("must-change-password");
        mustChange.addClassName("form-error");
        addClassName("account-view");
        setMaxWidth("32em");
        who.setId("account-who");
        current.setId("current-password");
        newPassword.setId("new-password");
        newPassword.setHelperText("At least " + AccountService.MIN_PASSWORD + " characters.");
        repeat.setId("repeat-password");
        for (PasswordField f : new PasswordField[] {current, newPassword, repeat, emailPassword}) {
            f.setWidthFull();
        }
        error.setId("change-password-error");
        error.addClassName("form-error");
        error.setVisible(false);
        Button change = new Button("Change password", e -> changePassword());
        change.setId("change-password-button");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.setId("account-name");
        name.setWidthFull();
        name.setHelperText("At most " + AccountService.MAX_NAME + " characters; shown to the people you work with.");
        Button saveName = new Button("Change name", e -> changeName());
        saveName.setId("change-name-button");
        email.setId("account-email");
        email.setWidthFull();
        email.setHelperText("You log in with it.");
        emailPassword.setId("email-password");
        Button saveEmail = new Button("Change e-mail address", e -> changeEmail());
        saveEmail.setId("change-email-button");
        appearance.setId("appearance");
        appearance.setItems(Appearance.values());
        appearance.setItemLabelGenerator(Appearance::label);
        appearance.setHelperText("\u201cFollow system\u201d is light or dark as your computer or phone is set.");
        appearance.addValueChangeListener(e -> {
            if (!showingStoredAppearance && e.getValue() != null) {
                appearanceChosen(e.getValue());
            }
        });
        add(new H1("Your account"), who, mustChange, new H3("Name"), name, saveName, new H3("E-mail address"), email,
                emailPassword, saveEmail, new H3("Change password"), current, newPassword, repeat, error, change,
                new H3("Appearance"), appearance);
    }

    private void appearanceChosen(Appearance chosen) {
        getUI().ifPresent(ui -> AppearanceOnEveryPage.show(ui, chosen));
        try {
            preferences.put(Appearance.PREFERENCE, chosen.value());
        } catch (RuntimeException e) {
            Notifications.error("Your choice applies to this window; it could not be saved for next time. "
                    + "Try again in a moment.");
        }
    }

    private void changeName() {
        try {
            accounts.changeName(name.getValue());
            name.setInvalid(false);
            Notifications.success("Your name was changed.");
            showMe();
            UserMenu.showName(name.getValue());
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void changeEmail() {
        try {
            accounts.changeEmail(email.getValue(), emailPassword.getValue());
            email.setInvalid(false);
            emailPassword.setInvalid(false);
            emailPassword.clear();
            Notifications.success("Your e-mail address was changed; log in with it from now on.");
            showMe();
        } catch (InvalidInputException e) {
            boolean password = e.getMessage().contains("password");
            (password ? emailPassword : email).setErrorMessage(e.getMessage());
            (password ? emailPassword : email).setInvalid(true);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMe();
    }

    private void showMe() {
        Account me = accounts.me();
        who.setText(me.displayName() + " · " + me.email());
        mustChange.setVisible(currentUser.get().map(CasebookUser::mustChangePassword).orElse(false));
        name.setValue(me.displayName());
        email.setValue(me.email());
        showingStoredAppearance = true;
        try {
            appearance.setValue(Appearance.of(preferences));
        } finally {
            showingStoredAppearance = false;
        }
    }

    private void changePassword() {
        if (!newPassword.getValue().equals(repeat.getValue())) {
            show("The two new passwords are not the same.");
            return;
        }
        try {
            accounts.changePassword(current.getValue(), newPassword.getValue());
            current.clear();
            newPassword.clear();
            repeat.clear();
            error.setVisible(false);
            mustChange.setVisible(false);
            Notifications.success("Your password was changed.");
        } catch (InvalidInputException e) {
            show(e.getMessage());
        }
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
