package app.casebook.account.ui;

import app.casebook.base.ui.HeaderContribution;
import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Stream;

/** The logged-in person's name and "Log out", at the right end of the top bar. */
@org.springframework.stereotype.Component
class UserMenu implements HeaderContribution {

    private static final String CURRENT_USER = "current-user";

    private final AuthenticationContext authenticationContext;
    private final CurrentUser currentUser;

    UserMenu(AuthenticationContext authenticationContext, CurrentUser currentUser) {
        this.authenticationContext = authenticationContext;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 1000;
    }

    /**
     * Shows {@code name} as the person's name in the top bar of every page they have open in this browser session:
     * at once in the current one, with the next push or request in the others. (After they changed their name.)
     */
    static void showName(String name) {
        UI current = UI.getCurrent();
        if (current != null) {
            showName(current, name);
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getUIs().stream().filter(ui -> ui != current).forEach(ui -> ui.access(() -> showName(ui, name)));
        }
    }

    private static void showName(UI ui, String name) {
        descendants(ui).filter(c -> c instanceof Span && c.getId().filter(CURRENT_USER::equals).isPresent())
                .forEach(c -> ((Span) c).setText(name));
    }

    private static Stream<Component> descendants(Component c) {
        return c.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    @Override
    public Component create() {
        Span who = new Span(currentUser.get().map(CasebookUser::displayName).orElse(""));
        who.setId(CURRENT_USER);
        who.addClassName("current-user");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout menu = new HorizontalLayout(who, logout);
        menu.setAlignItems(FlexComponent.Alignment.CENTER);
        menu.addClassName("user-menu");
        return menu;
    }
}
