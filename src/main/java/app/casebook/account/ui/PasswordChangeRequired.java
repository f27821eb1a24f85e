package app.casebook.account.ui;

import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import app.casebook.security.SessionEndedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A person who logged in with a temporary password set by an administrator sees only their account page, where they
 * choose a new password, until they have done so.
 */
@Component
class PasswordChangeRequired implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeRequired(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            boolean must;
            try {
                must = currentUser.get().map(CasebookUser::mustChangePassword).orElse(false);
            } catch (SessionEndedException ended) {
                return;
            }
            Class<?> target = enter.getNavigationTarget();
            if (must && target != AccountView.class && target != LoginView.class) {
                enter.rerouteTo(AccountView.class);
            }
        }));
    }
}
