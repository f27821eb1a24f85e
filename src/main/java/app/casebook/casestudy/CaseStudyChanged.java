package app.casebook.casestudy;

/**
 * Published after a change to a case study commits. It carries ids only: whoever receives it reads again through
 * the services, so permissions hold.
 */
public record CaseStudyChanged(long caseStudyId, Long sectionId, Type type, long actorId) {

    public enum Type {
        HEADER, SECTION_TEXT, SECTION_ADDED, SECTION_REMOVED, SECTIONS_REORDERED, DELETED,
        /** Someone joined through an invitation; a removed or demoted member loses access at their next call. */
        MEMBER_ADDED, MEMBER_REMOVED, MEMBER_CHANGED
    }
}
