package app.casebook.comment;

import java.time.Instant;

/**
 * One comment of a thread. {@code html} is its Markdown rendered and sanitised; a deleted comment keeps its place
 * with {@code deleted} set and no text.
 */
public record Comment(long id, long threadId, long authorId, String authorName, String body, String html,
                      Instant createdAt, Instant editedAt, boolean deleted) {
}
