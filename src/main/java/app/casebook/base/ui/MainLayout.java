package app.casebook.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The frame around every logged-in page: the brand, the navigation built from the views' {@code @Menu} annotations
 * (only those the person may open), and the items features put in the top bar ({@link HeaderContribution}).
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(List<HeaderContribution> headerItems) {
        Anchor brand = new Anchor("", "Casebook");
        brand.addClassName("brand");
        brand.setId("brand");
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, spacer);
        headerItems.stream().sorted(Comparator.comparingInt(HeaderContribution::order))
                .forEach(item -> header.add(item.create()));
        Button shortcuts = new Button(VaadinIcon.KEYBOARD_O.create(),
                e -> e.getSource().getUI().ifPresent(ui -> KeyboardShortcuts.of(ui).openHelp()));
        shortcuts.setId("shortcuts-button");
        shortcuts.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        shortcuts.setAriaLabel("Keyboard shortcuts");
        shortcuts.setTooltipText("Keyboard shortcuts (?)");
        header.add(shortcuts);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(spacer);
        header.setFlexGrow(0, brand);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Format.readBrowserZone(attachEvent.getUI());
        KeyboardShortcuts.of(attachEvent.getUI());
    }

    /** The view is the page's one {@code main} landmark (the top bar and the menu are outside it). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }
}
