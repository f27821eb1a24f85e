package app.casebook.account.ui;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.AdminService;
import app.casebook.account.AuditEntry;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import app.casebook.base.ui.Format;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;

/**
 * Administration: accounts page by page (disable, enable, unlock, reset a password), the open sign-up switch and the audit
 * log. Administrators only; it shows nothing of any case study.
 */
@Route(value = "admin", layout = MainLayout.class)
@Menu(title = "Administration", order = 3, icon = "vaadin:cog")
@PageTitle("Administration · Casebook")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements AfterNavigationObserver {

    private final AdminService admin;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Grid<Account> grid = new Grid<>();
    private final Grid<AuditEntry> audit = new Grid<>();
    private final Checkbox openSignUp = new Checkbox("Open sign-up: anybody may create an account at /register");
    private boolean showingSetting;

    public AdminView(AdminService admin, AccountService accounts, CurrentUser currentUser) {
        this.admin = admin;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("admin-view");
        setSizeFull();

        openSignUp.setId("open-signup-toggle");
        openSignUp.addValueChangeListener(e -> {
            if (!showingSetting) {
                admin.setOpenSignUp(e.getValue());
                Notifications.success(e.getValue() ? "Open sign-up is on." : "Sign-up is by invitation only.");
                audit.getDataProvider().refreshAll();
            }
        });

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Account::displayName).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(Account::email).setHeader("E-mail").setKey("email").setFlexGrow(3);
        grid.addColumn(a -> a.siteRole().name().toLowerCase()).setHeader("Site role").setKey("role").setAutoWidth(true);
        grid.addColumn(AdminView::status).setHeader("Status").setKey("status").setFlexGrow(2);
        grid.addColumn(a -> Format.when(a.createdAt())).setHeader("Created").setKey("created").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        grid.setItems(q -> admin.accounts(q.getOffset(), q.getLimit()).stream(), q -> admin.countAccounts());
        grid.setHeight("420px");

        audit.setId("audit-grid");
        audit.addThemeVariants(GridVariant.LUMO_COMPACT);
        audit.addColumn(e -> Format.when(e.at())).setHeader("When").setKey("when").setAutoWidth(true);
        audit.addColumn(AdminView::inWords).setHeader("What").setKey("action").setAutoWidth(true);
        audit.addColumn(e -> e.actorName() == null ? "" : e.actorName()).setHeader("Who").setKey("actor");
        audit.addColumn(e -> e.target() == null ? "" : e.target()).setHeader("Account").setKey("target").setFlexGrow(2);
        audit.addColumn(AuditEntry::detail).setHeader("Detail").setKey("detail").setFlexGrow(3);
        audit.addColumn(e -> address(e.clientAddress())).setHeader("From").setKey("address")
                .setAutoWidth(true);
        audit.setItems(q -> admin.auditLog(q.getOffset(), q.getLimit()).stream(), q -> admin.countAuditLog());
        audit.setHeight("360px");

        add(new H1("Administration"), openSignUp, new H3("Accounts"), grid, new H3("Audit log"), audit);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showingSetting = true;
        openSignUp.setValue(accounts.openSignUp());
        showingSetting = false;
    }

    static String status(Account a) {
        if (!a.enabled()) {
            return "Disabled by an administrator";
        }
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now())) {
            return "Locked after failed logins until " + Format.time(a.lockedUntil());
        }
        return "Active";
    }

    private HorizontalLayout actions(Account a) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        boolean lockedOut = a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now());
        if (!a.enabled()) {
            Button enable = new Button("Enable", e -> act(() -> admin.enable(a.id()), a.email() + " is enabled."));
            enable.setId("enable-" + a.id());
            enable.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(enable);
        } else if (a.id() != currentUser.id()) {
            Button disable = new Button("Disable", e -> confirm("disable-dialog", "Disable " + a.displayName() + "?",
                    a.displayName() + " (" + a.email() + ") can no longer log in until an administrator enables the "
                            + "account again. Their case studies stay.", "Disable",
                    () -> act(() -> admin.disable(a.id()), a.email() + " is disabled.")));
            disable.setId("disable-" + a.id());
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(disable);
        }
        if (lockedOut) {
            Button unlock = new Button("Unlock", e -> act(() -> admin.unlock(a.id()), a.email() + " is unlocked."));
            unlock.setId("unlock-" + a.id());
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(unlock);
        }
        Button reset = new Button("Reset password", e -> confirm("reset-dialog",
                "Reset the password of " + a.displayName() + "?", "Their current password stops working at once; "
                        + "you get a temporary one to pass on.", "Reset password", () -> resetPassword(a)));
        reset.setId("reset-password-" + a.id());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(reset);
        return buttons;
    }

    private static void confirm(String id, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** "PASSWORD_RESET" by Ada Admin reads "Password reset by Ada Admin". */
    static String inWords(AuditEntry e) {
        String a = e.action() == null ? "" : e.action().replace('_', ' ').toLowerCase(Locale.ROOT)
                .replace("email", "e-mail");
        String words = a.isEmpty() ? "" : Character.toUpperCase(a.charAt(0)) + a.substring(1);
        return e.actorName() == null ? words : words + " by " + e.actorName();
    }

    /** Client addresses as people read them: the loopback address as "this machine". */
    static String address(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "";
        }
        String a = clientAddress.strip();
        if (a.equals("0:0:0:0:0:0:0:1") || a.equals("::1") || a.equals("127.0.0.1")) {
            return "this machine";
        }
        if (a.startsWith("::ffff:")) {
            return a.substring("::ffff:".length());
        }
        return a.replaceAll("(^|:)0(:0)+(:|$)", "::").replaceAll(":::", "::");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
        audit.getDataProvider().refreshAll();
    }

    private void resetPassword(Account a) {
        String password = admin.resetPassword(a.id());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + a.displayName());
        dialog.setId("reset-password-dialog");
        TextField shown = new TextField("Temporary password");
        shown.setId("temporary-password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        Paragraph hint = new Paragraph("It is shown only now. Give it to " + a.displayName()
                + " in person or by a channel you trust, and ask them to change it under Account after logging in.");
        Button close = new Button("Done", e -> dialog.close());
        close.setId("reset-password-done");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(shown, hint));
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                shown.clear();
            }
        });
        dialog.open();
        audit.getDataProvider().refreshAll();
    }
}
