package app.casebook.casestudy;

import java.time.Instant;

/**
 * One section of a case study. {@code revisionId} is the revision its text comes from: a save names it as its
 * base, so that concurrent changes are noticed and merged instead of overwritten.
 */
public record Section(long id, long caseStudyId, int position, String heading, String body, String guidance,
                      Integer minWords, Integer maxWords, boolean outcome, long revisionId, Instant updatedAt,
                      String updatedByName) {
}
