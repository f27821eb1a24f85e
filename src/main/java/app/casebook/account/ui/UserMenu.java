package app.casebook.account.ui;

import app.casebook.base.ui.HeaderContribution;
import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The logged-in person's name and "Log out", at the right end of the top bar. */
@org.springframework.stereotype.Component
class UserMenu implements HeaderContribution {

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

    @Override
    public Component create() {
        Span who = new Span(currentUser.get().map(CasebookUser::displayName).orElse(""));
        who.setId("current-user");
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
