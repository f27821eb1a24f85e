package app.casebook.casestudy;

import java.time.Instant;

/** The header of a case study, and the role the asking person has on it. */
public record CaseStudy(long id, long ownerId, String ownerName, String title, String jobTitle, String contextLine,
                        String headline, CaseStudyStatus status, Instant updatedAt, MemberRole myRole) {

    public String field(HeaderField field) {
        return switch (field) {
            case TITLE -> title;
            case JOB_TITLE -> jobTitle;
            case CONTEXT -> contextLine;
            case HEADLINE -> headline;
        };
    }
}
