package app.casebook.base.ui;

import app.casebook.base.DatabaseStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * One banner at the top of every open window while this node cannot reach its database, gone when it answers again
 * ({@link DatabaseStatus}, pushed to the browser at once). Text typed meanwhile stays in the page; the editor saves
 * it when the database is back.
 */
@Component
class DatabaseBanner implements VaadinServiceInitListener {

    static final String TEXT = "Casebook cannot reach its database; your text is kept and will be saved when it is "
            + "back.";
    static final String ID = "database-banner";

    private final DatabaseStatus status;

    DatabaseBanner(DatabaseStatus status) {
        this.status = status;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Notification banner = banner();
            Runnable stop = status.onChange(up -> {
                try {
                    ui.access(() -> show(ui, banner, !up));
                } catch (UIDetachedException gone) {
                    // The window closed meanwhile.
                }
            });
            ui.addDetachListener(detach -> stop.run());
            if (!status.isUp()) {
                show(ui, banner, true);
            }
        });
    }

    private static Notification banner() {
        Notification banner = new Notification(TEXT);
        banner.setId(ID);
        banner.setDuration(0);
        banner.setPosition(Notification.Position.TOP_STRETCH);
        banner.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return banner;
    }

    private static void show(UI ui, Notification banner, boolean down) {
        if (down && !banner.isOpened()) {
            ui.add(banner);
            banner.open();
        } else if (!down && banner.isOpened()) {
            banner.close();
        }
    }
}
