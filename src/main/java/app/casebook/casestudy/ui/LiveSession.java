package app.casebook.casestudy.ui;

import app.casebook.collaboration.CollaborationBus;
import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.PresenceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import app.casebook.casestudy.Presence;
import app.casebook.casestudy.PresenceChanged;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Connects one open editor window to the live events of its case study: announces presence, and hands every
 * event to the window inside {@link UI#access}, so the change is pushed to the browser at once.
 */
class LiveSession {

    private final CollaborationBus bus;
    private final PresenceService presence;
    private final long caseStudyId;
    private final String viewKey = UUID.randomUUID().toString();
    private CollaborationBus.Subscription subscription;
    private Registration heartbeats;
    private List<Presence> lastPresent = List.of();

    LiveSession(CollaborationBus bus, PresenceService presence, long caseStudyId) {
        this.bus = bus;
        this.presence = presence;
        this.caseStudyId = caseStudyId;
    }

    void start(UI ui, Consumer<CaseStudyEvent> onEvent) {
        stop();
        subscription = bus.subscribe(caseStudyId, event -> {
            try {
                ui.access(() -> onEvent.accept(event));
            } catch (UIDetachedException ignored) {
                stop();
            }
        });
        presence.join(caseStudyId, viewKey);
        // Each heartbeat keeps this window present and shows who else still is: a person whose browser died
        // disappears from the avatars here within the presence TTL plus one heartbeat, whichever node they were on.
        heartbeats = ui.addHeartbeatListener(beat -> {
            try {
                presence.heartbeat(caseStudyId, viewKey);
                List<Presence> now = presence.present(caseStudyId);
                if (!now.equals(lastPresent)) {
                    lastPresent = now;
                    onEvent.accept(new PresenceChanged(caseStudyId, 0));
                }
            } catch (RuntimeException notNow) {
                // Logged out, or the store is away for a moment: the next heartbeat tries again.
            }
        });
    }

    void editing(Long sectionId) {
        presence.editing(caseStudyId, viewKey, sectionId);
    }

    void stop() {
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
        if (subscription != null) {
            subscription.close();
            subscription = null;
            presence.leave(caseStudyId, viewKey);
        }
    }
}
