package app.casebook.base.ui;

import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every logged-in page: brand, navigation, the person and log out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser) {
        Anchor brand = new Anchor("", "Casebook");
        brand.addClassName("brand");
        brand.setId("brand");

        String name = currentUser.get().map(u -> u.displayName()).orElse("");
        Span who = new Span(name);
        who.setId("current-user");
        who.addClassName("current-user");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.setId("logout-button");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(brand);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Case studies", "", VaadinIcon.RECORDS.create()));
        nav.addItem(new SideNavItem("Account", "account", VaadinIcon.USER.create()));
        if (currentUser.isAdmin()) {
            nav.addItem(new SideNavItem("Administration", "admin", VaadinIcon.COG.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
