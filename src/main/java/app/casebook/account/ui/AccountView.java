package app.casebook.account.ui;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The logged-in person's own account: who they are, and a new password. */
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

    public AccountView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("account-view");
        setMaxWidth("32em");
        who.setId("account-who");
        current.setId("current-password");
        newPassword.setId("new-password");
        newPassword.setHelperText("At least " + AccountService.MIN_PASSWORD + " characters.");
        repeat.setId("repeat-password");
        for (PasswordField f : new PasswordField[] {current, newPassword, repeat}) {
            f.setMaxLength(AccountService.MAX_PASSWORD);
            f.setWidthFull();
        }
        error.setId("change-password-error");
        error.addClassName("form-error");
        error.setVisible(false);
        Button change = new Button("Change password", e -> changePassword());
        change.setId("change-password-button");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your account"), who, new H3("Change password"), current, newPassword, repeat, error, change);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Account me = accounts.me();
        who.setText(me.displayName() + " · " + me.email());
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
