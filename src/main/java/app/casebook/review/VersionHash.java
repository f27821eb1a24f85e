package app.casebook.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a version: SHA-256 (lower-case hex) over a canonical form of exactly what was submitted, so
 * that an approval names the text it approved and unchanged sections are recognised byte for byte.
 *
 * <p>Canonical form: UTF-8 lines, each value written as {@code name ":" <length in UTF-8 bytes> ":" value "\n"}
 * (the length makes every value's end unambiguous, whatever it contains):
 * <pre>
 *   section hash = SHA-256( "casebook-section-1\n" heading body )
 *   version hash = SHA-256( "casebook-version-1\n" title job_title context headline section* )
 * </pre>
 * where each {@code section} is {@code section:64:<the section's hash>}, in the version's order. Ids, times, the
 * note and the reviewers are not part of it: two versions with the same text have the same hash.
 */
public final class VersionHash {

    private VersionHash() {
    }

    /** The hash of one section: its heading and text (null as empty). */
    public static String section(String heading, String body) {
        StringBuilder b = new StringBuilder("casebook-section-1\n");
        field(b, "heading", heading);
        field(b, "body", body);
        return sha256(b);
    }

    /** The hash of a whole version, from its header and its sections' hashes in order. */
    public static String of(String title, String jobTitle, String contextLine, String headline,
                            List<String> sectionHashes) {
        StringBuilder b = new StringBuilder("casebook-version-1\n");
        field(b, "title", title);
        field(b, "job_title", jobTitle);
        field(b, "context", contextLine);
        field(b, "headline", headline);
        for (String h : sectionHashes) {
            field(b, "section", h);
        }
        return sha256(b);
    }

    private static void field(StringBuilder b, String name, String value) {
        String v = value == null ? "" : value;
        b.append(name).append(':').append(utf8Length(v)).append(':').append(v).append('\n');
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String sha256(CharSequence text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
