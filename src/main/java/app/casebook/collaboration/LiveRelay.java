package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts every {@link CaseStudyEvent} a service publishes on the live bus once its transaction has committed; nothing
 * rolled back is ever announced. A plain listener that registers its own after-commit step, so that it is not an
 * event publication of its own in the reliable-delivery registry: live delivery is best effort by design (see
 * {@link CollaborationBus}) and must cost a save nothing more than a method call.
 */
@Component
class LiveRelay {

    private final CollaborationBus bus;

    LiveRelay(CollaborationBus bus) {
        this.bus = bus;
    }

    @EventListener
    void relay(CaseStudyEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bus.publish(event);
                }
            });
        } else {
            bus.publish(event);
        }
    }
}
