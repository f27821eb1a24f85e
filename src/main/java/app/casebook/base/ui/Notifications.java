package app.casebook.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
