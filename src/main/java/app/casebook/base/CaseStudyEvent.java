package app.casebook.base;

/**
 * Something that happened on one case study, published by a service as a typed record (for example
 * {@code SectionSaved} or {@code MemberJoined}). Events carry ids and the few values a log line needs, never a
 * section's text. Listeners: the activity log (in the same transaction), the live bus (after commit, to everyone
 * looking at the case study, on every node), and later notifications and e-mail.
 *
 * <p>Implementations are records whose components are primitives, strings, enums or other such records, so that the
 * live bus can carry them between nodes as JSON.
 */
public interface CaseStudyEvent {

    long caseStudyId();

    /** The account whose action this was. */
    long actorId();
}
