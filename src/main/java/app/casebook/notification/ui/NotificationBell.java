package app.casebook.notification.ui;

import app.casebook.collaboration.CollaborationBus;
import app.casebook.collaboration.PersonChannel;
import app.casebook.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The bell in the top bar: the number of unread notifications ({@code notifications-count}, hidden at zero), kept
 * up to date through the person's live channel on whichever node they are; a click opens the list.
 */
class NotificationBell extends HorizontalLayout {

    private final NotificationService notifications;
    private final PersonChannel channel;
    private final long accountId;
    private final Span count = new Span();
    private CollaborationBus.Subscription subscription;

    NotificationBell(NotificationService notifications, PersonChannel channel, long accountId) {
        this.notifications = notifications;
        this.channel = channel;
        this.accountId = accountId;
        Button bell = new Button(VaadinIcon.BELL.create(), e -> new NotificationsDialog(notifications, this::refresh)
                .open());
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel("Notifications");
        bell.setTooltipText("Notifications");
        count.setId("notifications-count");
        count.addClassName("notifications-count");
        count.getElement().getThemeList().add("badge error pill small");
        add(bell, count);
        setSpacing(false);
        addClassName("notifications-bell");
        setAlignItems(Alignment.CENTER);
    }

    /** Reads the unread count again and shows it. */
    void refresh() {
        int unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        count.getElement().setAttribute("aria-label", unread + " unread notifications");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        UI ui = event.getUI();
        var security = org.springframework.security.core.context.SecurityContextHolder.getContext();
        subscription = channel.subscribe(accountId, () -> ui.access(() -> {
            var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
            try {
                org.springframework.security.core.context.SecurityContextHolder.setContext(security);
                refresh();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
