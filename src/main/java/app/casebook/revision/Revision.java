package app.casebook.revision;

import java.time.Instant;

/**
 * One saved change: who, when, which section (none for a header field), the full text after it and how many words
 * it added and removed. {@code field} is BODY, HEADING or SECTION for a section, or the header field's name.
 */
public record Revision(long id, long caseStudyId, Long sectionId, String field, String kind, long authorId,
                       String authorName, Instant createdAt, String heading, String body, int wordsAdded,
                       int wordsRemoved) {
}
