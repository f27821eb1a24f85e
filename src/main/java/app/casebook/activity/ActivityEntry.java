package app.casebook.activity;

import java.time.Instant;

/**
 * One line of a case study's activity log: who ({@code actorName} null when the account is gone), what, when (UTC)
 * and the line as people read it.
 */
public record ActivityEntry(long id, long caseStudyId, Long actorId, String actorName, ActivityType type,
                            String detail, Instant createdAt) {
}
