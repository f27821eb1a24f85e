package app.casebook.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the idle timeout ({@code server.servlet.session.timeout}) log people out. An open browser tab sends a
 * heartbeat every few minutes, which would keep the HTTP session, and the login in it, alive for ever. With
 * {@code vaadin.close-idle-sessions: true} Vaadin ignores heartbeats and ends its session after the timeout without
 * any action; this listener then ends the HTTP session too, so the next request meets the login form.
 */
@Component
class IdleSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessions.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session == null) {
                return;
            }
            try {
                session.invalidate();
                log.debug("Ended an idle session");
            } catch (IllegalStateException alreadyEnded) {
                // Logged out or expired already: nothing left to end.
            }
        });
    }
}
