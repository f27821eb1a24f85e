package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.TestInput;
import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.AdminService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminViewTest extends KaribuTest {

    @Autowired
    private org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration
            authenticationConfiguration;
    @Autowired
    private AdminService admin;
    @Autowired
    private AccountService accounts;

    @Test
    void a_person_without_the_admin_role_does_not_get_the_admin_screen() {
        login(fixtures.account("Una User"));

        assertThatThrownBy(() -> navigate("admin")).isInstanceOf(MockAccessDeniedException.class);

        assertThat(NavigatorKt.getCurrentView()).isNotInstanceOf(AdminView.class);
        _assertNone(Grid.class, spec -> spec.withId("accounts-grid"));
        _assertNone(Checkbox.class, spec -> spec.withId("open-signup-toggle"));
    }

    @Test
    void an_admin_enables_a_disabled_account_from_the_list() {
        Account ada = fixtures.admin("Ada Admin");
        Account lou = fixtures.account("Lou Locked");
        Fixtures.as(ada, () -> admin.disable(lou.id()));
        login(ada);
        navigate("admin");

        int row = rowOf(lou);
        assertThat(GridKt._getFormattedRow(accountsGrid(), row)).contains("Disabled by an administrator");
        _click(button(row, "enable-" + lou.id()));

        row = rowOf(lou);
        assertThat(GridKt._getFormattedRow(accountsGrid(), row)).contains("Active");
        assertThat(Fixtures.as(ada, () -> admin.accounts(0, AdminService.MAX_PAGE)).stream()
                .filter(a -> a.id() == lou.id()).findFirst().orElseThrow().enabled()).isTrue();
    }

    @Test
    void an_admin_resets_a_password_and_sees_the_new_one_once() throws Exception {
        Account ada = fixtures.admin("Ada Admin");
        Account fin = fixtures.account("Fin Forgetful");
        login(ada);
        navigate("admin");

        _click(button(rowOf(fin), "reset-password-" + fin.id()));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("reset-dialog")));

        String password = _get(TextField.class, spec -> spec.withId("temporary-password")).getValue();
        assertThat(password).hasSize(16).matches("[A-Za-z2-9]+");
        _click(_get(Button.class, spec -> spec.withId("reset-password-done")));
        _assertNone(TextField.class, spec -> spec.withId("temporary-password"));
        // The reset ended Fin's sessions; Fin logs in with the temporary password and must change it.
        var login = (app.casebook.security.CasebookUser) authenticationConfiguration.getAuthenticationManager()
                .authenticate(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .unauthenticated(fin.email(), password)).getPrincipal();
        assertThat(login.mustChangePassword()).isTrue();
    }

    @Test
    void an_admin_switches_open_sign_up_on_and_off() {
        login(fixtures.admin("Ada Admin"));
        navigate("admin");
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("open-signup-toggle"));

        TestInput.type(toggle, true);
        assertThat(accounts.openSignUp()).isTrue();

        TestInput.type(toggle, false);
        assertThat(accounts.openSignUp()).isFalse();
        assertThat(_find(Grid.class, spec -> spec.withId("audit-grid"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Account> accountsGrid() {
        return _get(Grid.class, spec -> spec.withId("accounts-grid"));
    }

    /** The row of an account in the (paged, e-mail ordered) grid, as an admin would scroll to it. */
    private static int rowOf(Account account) {
        Grid<Account> grid = accountsGrid();
        int size = GridKt._size(grid);
        for (int i = 0; i < size; i++) {
            if (GridKt._get(grid, i).id() == account.id()) {
                return i;
            }
        }
        throw new AssertionError(account.email() + " is not in the accounts grid");
    }

    private static Button button(int row, String id) {
        Component actions = GridKt._getCellComponent(accountsGrid(), row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    @Test
    void disabling_asks_first_and_the_audit_log_reads_in_words() {
        Account ada = fixtures.admin("Ada Admin");
        Account dee = fixtures.account("Dee Disabled");
        login(ada);
        navigate("admin");

        _click(button(rowOf(dee), "disable-" + dee.id()));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = _get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("disable-dialog"));
        assertThat(Fixtures.as(ada, () -> admin.accounts(0, AdminService.MAX_PAGE)).stream()
                .filter(a -> a.id() == dee.id()).findFirst().orElseThrow().enabled()).as("before confirming").isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);

        assertThat(Fixtures.as(ada, () -> admin.accounts(0, AdminService.MAX_PAGE)).stream()
                .filter(a -> a.id() == dee.id()).findFirst().orElseThrow().enabled()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<app.casebook.account.AuditEntry> audit = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._getFormatted(audit, 0, "action")).isEqualTo("Account disabled by Ada Admin");
        assertThat(AdminView.address("0:0:0:0:0:0:0:1")).isEqualTo("this machine");
    }
}
