package app.casebook.casestudy.ui;

import app.casebook.collaboration.CollaborationBus;
import app.casebook.base.CaseStudyEvent;
import app.casebook.casestudy.PresenceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
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
    }

    void editing(Long sectionId) {
        presence.editing(caseStudyId, viewKey, sectionId);
    }

    void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
            presence.leave(caseStudyId, viewKey);
        }
    }
}
