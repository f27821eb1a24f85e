package app.casebook.base.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps words selected in a section's rendered preview back to its Markdown source, so that a passage can be quoted
 * from the preview as from the text area (issue 11: "in the preview too where the selection can be mapped back").
 * The selected words must appear in the source in order, separated by white space and inline Markdown only (emphasis
 * marks, code ticks, link brackets and targets, list and heading markers). Of several such places the one whose
 * position in the source is nearest the selection's relative position in the preview wins (a passage that occurs
 * twice). A pure class: no Spring, no state.
 */
public final class PreviewSelection {

    /** The most characters of a selection that are mapped (longer ones are refused, as quotes are). */
    public static final int MAX_SELECTION = 1_000;

    /** What may stand between two selected words in the source and not show in the preview. */
    private static final String BETWEEN = "(?:\\s|[*_`~\\[\\]#>|+-]|\\]\\([^)\\s]*\\)|\\d+\\.)*?\\s"
            + "(?:\\s|[*_`~\\[\\]#>|+-]|\\d+\\.)*";
    /** Inline marks that may stand inside a selected word in the source (`**bold**er`, `[link](x)s`). */
    private static final String INSIDE = "(?:[*_`~]|\\]\\([^)\\s]*\\)|\\[)*";
    private static final int MAX_MATCHES = 1_000;

    private PreviewSelection() {
    }

    /** A stretch {@code [start, end)} of the source, in UTF-16 code units. */
    public record Range(int start, int end) {
    }

    /**
     * Where {@code selected} (the text the browser reports for a selection in the preview) stands in
     * {@code source}. {@code relativePosition} is where the selection begins in the preview's text, from 0 (start) to
     * 1 (end). Empty when nothing is selected, the selection is longer than {@value #MAX_SELECTION} characters, or
     * the words cannot be found in the source in that order.
     */
    public static Optional<Range> find(String source, String selected, double relativePosition) {
        if (source == null || selected == null) {
            return Optional.empty();
        }
        String words = selected.strip();
        if (words.isEmpty() || words.length() > MAX_SELECTION) {
            return Optional.empty();
        }
        Pattern pattern = pattern(words);
        double wanted = Math.clamp(relativePosition, 0, 1) * source.length();
        Matcher m = pattern.matcher(source);
        Range best = null;
        double bestDistance = Double.MAX_VALUE;
        int from = 0;
        for (int n = 0; n < MAX_MATCHES && from <= source.length() && m.find(from); n++) {
            double distance = Math.abs(m.start() - wanted);
            if (distance < bestDistance) {
                best = new Range(m.start(), m.end());
                bestDistance = distance;
            }
            from = m.start() + 1;
        }
        return Optional.ofNullable(best);
    }

    private static Pattern pattern(String words) {
        StringBuilder regex = new StringBuilder();
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(BETWEEN);
            }
            int[] cps = parts[i].codePoints().toArray();
            for (int j = 0; j < cps.length; j++) {
                if (j > 0) {
                    regex.append(INSIDE);
                }
                regex.append(Pattern.quote(Character.toString(cps[j])));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
