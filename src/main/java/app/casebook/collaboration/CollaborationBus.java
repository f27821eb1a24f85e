package app.casebook.collaboration;

import app.casebook.base.CaseStudyEvent;
import java.util.function.Consumer;

/**
 * Carries events of a case study to everyone looking at it, on this node or (profile {@code redis}) on every node.
 * Delivery is best effort: a watcher that missed events (a node restarted, Redis was away) reads the case study
 * again when it reconnects, so nothing depends on every event arriving.
 */
public interface CollaborationBus {

    /** Hands an event to every watcher of its case study (on every node). Never blocks on slow watchers. */
    void publish(CaseStudyEvent event);

    /** Starts delivering the events of one case study to {@code listener} until the subscription is closed. */
    Subscription subscribe(long caseStudyId, Consumer<CaseStudyEvent> listener);

    /** A live subscription; closing it stops delivery. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
