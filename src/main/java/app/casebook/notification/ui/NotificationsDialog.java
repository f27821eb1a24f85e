package app.casebook.notification.ui;

import app.casebook.base.ui.Format;
import app.casebook.notification.Notification;
import app.casebook.notification.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * My notifications, newest first, {@value #PAGE} at a time with "Show more"; each opens the place it is about and
 * is marked read; "Mark all read".
 */
class NotificationsDialog extends Dialog {

    static final int PAGE = 20;

    private final NotificationService notifications;
    private final Runnable changed;
    private final VerticalLayout list = new VerticalLayout();
    private final Button more = new Button("Show more");
    private int shown;

    NotificationsDialog(NotificationService notifications, Runnable changed) {
        this.notifications = notifications;
        this.changed = changed;
        setId("notifications-dialog");
        setHeaderTitle("Notifications");
        list.setId("notifications-list");
        list.setPadding(false);
        list.setSpacing(false);
        more.setId("notifications-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> showMore());
        Button allRead = new Button("Mark all read", e -> {
            notifications.markAllRead();
            changed.run();
            reload();
        });
        allRead.setId("notifications-mark-all-read");
        Button settings = new Button("E-mail settings", e -> {
            close();
            UI.getCurrent().navigate(NotificationSettingsView.class);
        });
        settings.setId("notifications-settings");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button close = new Button("Close", e -> close());
        getFooter().add(settings, allRead, close);
        add(list, more);
        setWidth("min(36rem, 95vw)");
        reload();
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showMore() {
        List<Notification> page = notifications.mine(shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            Span none = new Span("No notifications yet.");
            none.setId("notifications-empty");
            list.add(none);
        }
        for (Notification n : page) {
            list.add(row(n));
        }
        shown += page.size();
        more.setVisible(page.size() == PAGE && shown < notifications.count());
    }

    private Div row(Notification n) {
        Button open = new Button(n.text(), e -> {
            if (!n.read()) {
                notifications.markRead(n.id());
                changed.run();
            }
            close();
            if (!n.path().isEmpty()) {
                int query = n.path().indexOf('?');
                UI.getCurrent().navigate(query < 0 ? n.path() : n.path().substring(0, query),
                        query < 0 ? QueryParameters.empty() : QueryParameters.fromString(n.path().substring(query + 1)));
            }
        });
        open.setId("notification-" + n.id());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("notification-text");
        Span when = new Span(Format.when(n.createdAt()));
        when.addClassName("notification-time");
        Div row = new Div(open, when);
        row.addClassName("notification-row");
        if (!n.read()) {
            row.addClassName("unread");
            row.getElement().setAttribute("aria-label", "Unread");
        }
        return row;
    }
}
