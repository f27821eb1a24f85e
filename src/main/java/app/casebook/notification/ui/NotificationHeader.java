package app.casebook.notification.ui;

import app.casebook.base.ui.HeaderContribution;
import app.casebook.collaboration.PersonChannel;
import app.casebook.notification.NotificationService;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Puts the notification bell in the top bar, left of the person's name. */
@org.springframework.stereotype.Component
class NotificationHeader implements HeaderContribution {

    private final NotificationService notifications;
    private final PersonChannel channel;
    private final CurrentUser currentUser;

    NotificationHeader(NotificationService notifications, PersonChannel channel, CurrentUser currentUser) {
        this.notifications = notifications;
        this.channel = channel;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create() {
        return currentUser.get().<Component>map(u -> new NotificationBell(notifications, channel, u.accountId()))
                .orElseGet(Span::new);
    }
}
