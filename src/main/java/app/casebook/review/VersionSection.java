package app.casebook.review;

/**
 * One section of a frozen version, exactly as submitted: heading, text, the section and revision it came from
 * ({@code sectionId} null when the section was purged since), and the SHA-256 of its heading and text
 * ({@link VersionHash#section}).
 */
public record VersionSection(long id, Long sectionId, Long revisionId, int position, String heading, String body,
                             String contentHash) {
}
