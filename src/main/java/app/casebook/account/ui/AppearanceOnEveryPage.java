package app.casebook.account.ui;

import app.casebook.preference.PreferenceService;
import app.casebook.security.CurrentUser;
import app.casebook.security.SessionEndedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page of a logged-in person opens in the appearance they chose (light, dark or following their system): on
 * the first navigation of each browser window once they are logged in, so that the choice is read once per window.
 */
@Component
class AppearanceOnEveryPage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PreferenceService preferences;

    AppearanceOnEveryPage(CurrentUser currentUser, PreferenceService preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            UI ui = enter.getUI();
            if (ComponentUtil.getData(ui, Appearance.class) != null || !loggedIn()) {
                return;
            }
            Appearance appearance = Appearance.of(preferences);
            show(ui, appearance);
        }));
    }

    /** Shows {@code ui} in {@code appearance} and remembers that this window has it. */
    static void show(UI ui, Appearance appearance) {
        appearance.applyTo(ui);
        ComponentUtil.setData(ui, Appearance.class, appearance);
    }

    private boolean loggedIn() {
        try {
            return currentUser.get().isPresent();
        } catch (SessionEndedException ended) {
            return false;
        }
    }
}
