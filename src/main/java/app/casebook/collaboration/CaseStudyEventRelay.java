package app.casebook.collaboration;

import app.casebook.casestudy.CaseStudyChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Passes committed case-study changes on to the watchers; nothing is announced that was rolled back. */
@Component
class CaseStudyEventRelay {

    private final CollaborationBus bus;

    CaseStudyEventRelay(CollaborationBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(CaseStudyChanged change) {
        String name = change.type().name();
        CollaborationEvent.Type type = name.startsWith("MEMBER") ? CollaborationEvent.Type.MEMBERS
                : CollaborationEvent.Type.valueOf(name);
        bus.publish(CollaborationEvent.of(change.caseStudyId(), change.sectionId(), type, change.actorId()));
    }
}
