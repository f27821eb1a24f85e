package app.casebook.revision;

import app.casebook.casestudy.RevisionField;
import app.casebook.casestudy.RevisionKind;
import java.time.Instant;

/**
 * One saved change: who, when (UTC), which section (none for a header field), what it holds ({@code field}), how it
 * came about ({@code kind}), the full text after it and how many words it added and removed; for a
 * {@link RevisionKind#SUGGESTION}, who suggested the change ({@code suggestedByName}, null otherwise).
 */
public record Revision(long id, long caseStudyId, Long sectionId, RevisionField field, RevisionKind kind,
                       long authorId, String authorName, Instant createdAt, String heading, String body,
                       int wordsAdded, int wordsRemoved, String suggestedByName) {
}
