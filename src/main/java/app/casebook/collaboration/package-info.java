/**
 * Live collaboration infrastructure, knowing no feature: the {@link app.casebook.collaboration.CollaborationBus}
 * carries any {@link app.casebook.base.CaseStudyEvent} to the people looking at its case study (in-process, or
 * between nodes over Redis with the {@code redis} profile), {@code LiveRelay} puts every committed event on it, and
 * {@link app.casebook.collaboration.PresenceStore} keeps who is where (in memory or in Redis). Delivery is best
 * effort; views read again through the services, so permissions hold.
 */
package app.casebook.collaboration;
