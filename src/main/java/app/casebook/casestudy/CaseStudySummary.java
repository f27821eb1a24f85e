package app.casebook.casestudy;

import java.time.Instant;

/** A line of the dashboard. */
public record CaseStudySummary(long id, String title, String jobTitle, CaseStudyStatus status, MemberRole myRole,
                               String ownerName, Instant updatedAt, String updatedByName) {
}
