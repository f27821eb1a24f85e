package app.casebook.collaboration;

import java.util.function.Consumer;

/**
 * Carries collaboration events to everyone watching a case study. The in-process implementation serves one node;
 * an implementation over Redis publish/subscribe carries the same events between nodes.
 */
public interface CollaborationBus {

    /** Sends an event to every watcher of its case study (on every node). Never blocks on slow watchers. */
    void publish(CollaborationEvent event);

    /** Starts delivering the events of one case study to {@code listener} until the subscription is closed. */
    Subscription subscribe(long caseStudyId, Consumer<CollaborationEvent> listener);

    /** A live subscription; closing it stops delivery. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
