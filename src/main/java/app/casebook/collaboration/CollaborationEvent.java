package app.casebook.collaboration;

/**
 * Something happened on a case study that the people looking at it should see. It carries ids only: a receiver
 * reads again through the services, so permissions hold. {@code sectionId} is null when no single section is meant.
 */
public record CollaborationEvent(long caseStudyId, Long sectionId, Type type, long actorId, long sentAtNanos) {

    public enum Type {
        HEADER,
        SECTION_TEXT,
        SECTION_ADDED,
        SECTION_REMOVED,
        SECTIONS_REORDERED,
        MEMBERS,
        COMMENTS,
        REVIEW,
        PRESENCE,
        DELETED
    }

    public static CollaborationEvent of(long caseStudyId, Long sectionId, Type type, long actorId) {
        return new CollaborationEvent(caseStudyId, sectionId, type, actorId, System.nanoTime());
    }
}
