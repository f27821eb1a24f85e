/**
 * Live collaboration infrastructure, knowing no feature: the {@link app.casebook.collaboration.CollaborationBus}
 * carries any {@link app.casebook.base.CaseStudyEvent} to the people looking at its case study (in-process, or
 * between nodes over Redis with the {@code redis} profile), {@code LiveRelay} puts every committed event on it, and
 * {@link app.casebook.collaboration.PresenceStore} keeps who is where (in memory or in Redis). Delivery is best
 * effort; views read again through the services, so permissions hold. With Redis, {@code RedisLink} probes each
 * node's publish/subscribe: while Redis is away a node serves its own people only, and when it is back every open
 * view on the node gets a {@link app.casebook.collaboration.LiveResync} and reads again.
 */
package app.casebook.collaboration;
