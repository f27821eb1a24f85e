package app.casebook.notification.ui;

import app.casebook.base.ui.MainLayout;
import app.casebook.notification.NotificationKind;
import app.casebook.notification.NotificationService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** "E-mail me: immediately / never", per kind of notification. */
@Route(value = "account/notifications", layout = MainLayout.class)
@PageTitle("Notification settings · Casebook")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements AfterNavigationObserver {

    private final NotificationService notifications;

    public NotificationSettingsView(NotificationService notifications) {
        this.notifications = notifications;
        setId("notification-settings");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        add(new H2("E-mail notifications"), new Paragraph("Choose for each kind whether Casebook e-mails you "
                + "when it happens. You always see notifications under the bell."));
        Map<NotificationKind, Boolean> choices = notifications.emailChoices();
        for (NotificationKind kind : NotificationKind.values()) {
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(kind.label());
            choice.setItems(true, false);
            choice.setItemLabelGenerator(b -> b ? "E-mail me immediately" : "Never e-mail me");
            choice.setValue(choices.get(kind));
            choice.setId("email-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    notifications.setEmail(kind, e.getValue());
                }
            });
            add(choice);
        }
    }
}
