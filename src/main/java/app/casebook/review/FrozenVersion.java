package app.casebook.review;

import java.util.List;

/**
 * A version exactly as submitted: its header fields, its sections in order, its content hash
 * ({@link Version#contentHash()}, {@link VersionHash#of}) and every decision on it ({@link Version#reviewers()}).
 * Later edits of the draft never change it.
 */
public record FrozenVersion(Version version, String title, String jobTitle, String contextLine, String headline,
                            List<VersionSection> sections) {
}
