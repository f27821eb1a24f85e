package app.casebook.comment;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the @mentions of a case study's members in a comment: {@code @} followed by a member's display name (any
 * case), not followed by a letter or digit. A name that is no member's stays plain text. Longer names win over
 * shorter ones that begin them ("@Ann Lee" before "@Ann"). A pure class.
 */
public final class Mentions {

    private Mentions() {
    }

    /** The ids of the members mentioned in {@code body}, in the order of {@code members}' longest names first. */
    public static Set<Long> find(String body, Map<Long, String> members) {
        Set<Long> found = new LinkedHashSet<>();
        String lower = body.toLowerCase(Locale.ROOT);
        members.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Long, String> e) -> e.getValue().length()).reversed())
                .forEach(e -> {
                    String needle = "@" + e.getValue().toLowerCase(Locale.ROOT);
                    for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
                        int after = i + needle.length();
                        boolean wordEnds = after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after));
                        boolean wordStarts = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
                        if (wordEnds && wordStarts) {
                            found.add(e.getKey());
                            break;
                        }
                    }
                });
        return found;
    }

    /** {@code body} with each mention of a member in bold, for rendering as Markdown. */
    public static String emphasise(String body, Map<Long, String> members, Set<Long> mentioned) {
        String result = body;
        for (long id : mentioned) {
            String name = members.get(id);
            result = result.replaceAll("(?i)(?<![\\p{L}\\p{N}*])@" + java.util.regex.Pattern.quote(name)
                    + "(?![\\p{L}\\p{N}])", java.util.regex.Matcher.quoteReplacement("**@" + name + "**"));
        }
        return result;
    }
}
