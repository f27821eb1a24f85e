package app.casebook.publish;

import java.time.Instant;

/** The live public page of a case study: which version, since when, and whether search engines may index it. */
public record Publication(long id, long caseStudyId, long versionId, int versionNumber, boolean allowIndexing,
                         Instant publishedAt) {
}
