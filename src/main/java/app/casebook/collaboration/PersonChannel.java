package app.casebook.collaboration;

/**
 * A per-person live signal, "something changed for this person" (e.g. a new notification), delivered to every
 * window the person has open on this node or (profile {@code redis}) on any node. Carries only the account id: the
 * receiver reads what changed through a service. Best effort, like {@link CollaborationBus}.
 */
public interface PersonChannel {

    /** Tells every open window of {@code accountId}, on every node. Never blocks on slow listeners. */
    void signal(long accountId);

    /** Calls {@code listener} on each signal to {@code accountId} until the subscription is closed. */
    CollaborationBus.Subscription subscribe(long accountId, Runnable listener);
}
