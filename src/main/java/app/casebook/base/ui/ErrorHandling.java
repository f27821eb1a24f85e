package app.casebook.base.ui;

import app.casebook.base.DatabaseStatus;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns any error that escapes a click or a keystroke into a message a person understands. Stack traces go to the
 * log, never to the screen.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private final DatabaseStatus database;

    ErrorHandling(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootOf(error.getThrowable());
            if (DatabaseStatus.isDatabaseFailure(error.getThrowable())) {
                // The banner says it once, in every window, until the database is back (no pile of messages).
                log.warn("A database call failed: {}", cause.getClass().getSimpleName());
                database.callFailed();
                if (!database.isUp()) {
                    return;
                }
                cause = new org.springframework.dao.DataAccessResourceFailureException("database");
            }
            String message = messageFor(cause);
            if (message == null) {
                log.error("Unexpected error", error.getThrowable());
                message = "Something went wrong and was logged. Your text is still on the screen; try again.";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                String text = message;
                ui.access(() -> Notifications.error(text));
            }
        }));
    }

    static String messageFor(Throwable cause) {
        if (cause instanceof InvalidInputException || cause instanceof AccessDeniedException) {
            return cause.getMessage();
        }
        if (cause instanceof NotFoundException) {
            return "This is no longer there, or no longer shared with you.";
        }
        if (cause instanceof DataAccessException) {
            return DatabaseBanner.TEXT;
        }
        return null;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c
                && !(c instanceof InvalidInputException || c instanceof AccessDeniedException
                || c instanceof NotFoundException || c instanceof DataAccessException)) {
            c = c.getCause();
        }
        return c;
    }
}
