package app.casebook.comment;

import java.util.ArrayList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * Where a quoted passage stands in a section's text now. A thread on a passage keeps a text-quote selector as in the
 * W3C Web Annotation model (the quote {@code exact}, a little text before it {@code prefix} and after it
 * {@code suffix}) together with the quote's position ({@code start}, a text-position selector); whenever the thread is
 * shown, the selector is resolved against the section's current text:
 *
 * <ol>
 *   <li>the quote found word for word: the occurrence whose surroundings match the prefix and suffix best, and of
 *       those the one nearest the old position (text inserted or deleted elsewhere, a moved paragraph, a passage that
 *       was duplicated);</li>
 *   <li>otherwise the quote found approximately (google-diff-match-patch's Bitap match within {@value #NEAR}
 *       characters of the old position, then of the places its prefix or suffix moved to; a quote
 *       longer than Bitap's 32 characters by its first and last 32), accepted only when the passage found differs
 *       from the quote in at most {@value #MAX_DIFFERENCE_PERCENT}% of the quote's characters (Levenshtein distance of
 *       diff-match-patch's diff);</li>
 *   <li>otherwise outdated: the thread keeps its original quote and is never dropped.</li>
 * </ol>
 *
 * <p>All offsets are UTF-16 code units, like Java strings and the browser's {@code selectionStart}; a range never
 * splits a surrogate pair (an emoji): its ends are moved outwards to whole characters. A pure class: no Spring, no
 * state; the caller caches what it resolved per section revision.
 */
public final class Anchors {

    /** Characters of context kept before and after a quote. */
    public static final int CONTEXT = 32;

    /** The longest quote a thread may keep (column comment_thread.anchor_text). */
    public static final int MAX_QUOTE = 1000;

    static final int MAX_DIFFERENCE_PERCENT = 40;
    private static final int BITAP_BITS = 32;
    private static final int MAX_OCCURRENCES = 10_000;
    static final int NEAR = 256;
    private static final int MIN_CONTEXT = 8;
    private static final int MOVED_CANDIDATES = 4;

    private Anchors() {
    }

    /** A text-quote selector with the quote's position at the time it was made. */
    public record Selector(String exact, String prefix, String suffix, int start) {

        public Selector {
            if (exact == null || exact.isEmpty()) {
                throw new IllegalArgumentException("A quote cannot be empty");
            }
            prefix = prefix == null ? "" : prefix;
            suffix = suffix == null ? "" : suffix;
        }

        public int end() {
            return start + exact.length();
        }
    }

    /** What became of a selector in the current text. */
    public sealed interface Resolution {

        /** The passage now stands at {@code [start, end)} and reads {@code text}. */
        record Anchored(int start, int end, String text, boolean unchanged) implements Resolution {
        }

        /** The passage is gone, or what comes nearest is too different from it. */
        record Outdated() implements Resolution {
        }
    }

    /**
     * The selector of {@code [start, end)} in {@code text}, its ends moved outwards so as not to split a surrogate
     * pair. Throws {@link IllegalArgumentException} for an empty or out-of-range selection.
     */
    public static Selector select(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("No text is selected");
        }
        int s = snapStart(text, start);
        int e = snapEnd(text, end);
        int p = snapStart(text, Math.max(0, s - CONTEXT));
        int x = snapEnd(text, Math.min(text.length(), e + CONTEXT));
        return new Selector(text.substring(s, e), text.substring(p, s), text.substring(e, x), s);
    }

    /** Where the selector's passage stands in {@code text}. */
    public static Resolution resolve(Selector selector, String text) {
        if (text == null || text.isEmpty()) {
            return new Resolution.Outdated();
        }
        int found = exactOccurrence(selector, text);
        if (found >= 0) {
            return new Resolution.Anchored(found, found + selector.exact().length(), selector.exact(), true);
        }
        if (text.length() <= selector.exact().length() + 2 * NEAR) {
            return fuzzy(selector, text, 0);
        }
        Resolution near = near(selector, text, selector.start());
        if (near instanceof Resolution.Anchored) {
            return near;
        }
        for (int at : movedWithItsSurroundings(selector, text)) {
            Resolution moved = near(selector, text, at);
            if (moved instanceof Resolution.Anchored) {
                return moved;
            }
        }
        return new Resolution.Outdated();
    }

    /**
     * The approximate search in a window of {@value #NEAR} characters either side of where the quote is expected to
     * begin: Bitap's cost grows with the text it scans, and an edited passage stays where it was or moves with the
     * text around it. A match cut short by the window's edge counts as not found.
     */
    private static Resolution near(Selector selector, String text, int at) {
        int from = snapStart(text, Math.clamp((long) at - NEAR, 0, text.length()));
        int to = snapEnd(text, Math.clamp((long) at + selector.exact().length() + NEAR, from, text.length()));
        Resolution inWindow = fuzzy(selector, text.substring(from, to), from - (at - selector.start()));
        if (inWindow instanceof Resolution.Anchored a) {
            int start = a.start() + from;
            int end = a.end() + from;
            boolean atEdge = (start == from && from > 0) || (end == to && to < text.length());
            return atEdge ? new Resolution.Outdated() : new Resolution.Anchored(start, end, a.text(), a.unchanged());
        }
        return inWindow;
    }

    /**
     * Where the quote would begin if it moved together with its surroundings (the selector's prefix or suffix found
     * word for word elsewhere, as a moved paragraph carries them), nearest the old position first; at most
     * {@value #MOVED_CANDIDATES} places, none within the window already searched.
     */
    private static List<Integer> movedWithItsSurroundings(Selector selector, String text) {
        List<Integer> places = new ArrayList<>();
        String prefix = selector.prefix();
        String suffix = selector.suffix();
        if (prefix.length() >= MIN_CONTEXT) {
            for (int i = text.indexOf(prefix); i >= 0 && places.size() < MAX_OCCURRENCES; i = text.indexOf(prefix, i + 1)) {
                places.add(i + prefix.length());
            }
        }
        if (suffix.length() >= MIN_CONTEXT) {
            for (int i = text.indexOf(suffix); i >= 0 && places.size() < 2 * MAX_OCCURRENCES; i = text.indexOf(suffix, i + 1)) {
                places.add(i - selector.exact().length());
            }
        }
        return places.stream()
                .filter(at -> Math.abs(at - selector.start()) > NEAR)
                .sorted(java.util.Comparator.comparingInt(at -> Math.abs(at - selector.start())))
                .distinct()
                .limit(MOVED_CANDIDATES)
                .toList();
    }

    /** The best word-for-word occurrence: most context matching, then nearest the old position; -1 if none. */
    private static int exactOccurrence(Selector selector, String text) {
        String exact = selector.exact();
        int best = -1;
        int bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        int seen = 0;
        for (int i = text.indexOf(exact); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1), seen++) {
            if (splitsPair(text, i) || splitsPair(text, i + exact.length())) {
                continue;
            }
            int context = commonSuffix(selector.prefix(), text, i) + commonPrefix(selector.suffix(), text, i + exact.length());
            int distance = Math.abs(i - selector.start());
            if (context > bestContext || (context == bestContext && distance < bestDistance)) {
                best = i;
                bestContext = context;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The approximate search in {@code text}, which begins at {@code offset} of the section's text. */
    private static Resolution fuzzy(Selector selector, String text, int offset) {
        String exact = selector.exact();
        int length = exact.length();
        DiffMatchPatch dmp = matcher(text);
        int loc = Math.clamp(selector.start() - offset, 0, text.length());
        int start;
        int end;
        if (length <= BITAP_BITS) {
            start = dmp.matchMain(text, exact, loc);
            if (start < 0) {
                return new Resolution.Outdated();
            }
            end = start + alignedEnd(exact, window(text, start, length));
        } else {
            int head = dmp.matchMain(text, exact.substring(0, BITAP_BITS), loc);
            int tailLoc = head >= 0 ? head + length - BITAP_BITS : loc + length - BITAP_BITS;
            String tailPattern = exact.substring(length - BITAP_BITS);
            int tail = dmp.matchMain(text, tailPattern, Math.clamp(tailLoc, 0, text.length()));
            if (head >= 0 && tail >= 0 && tail + BITAP_BITS > head && tail + BITAP_BITS - head <= 2 * length) {
                start = head;
                end = tail + alignedEnd(tailPattern, window(text, tail, BITAP_BITS));
            } else if (head >= 0) {
                start = head;
                end = head + alignedEnd(exact, window(text, head, length));
            } else if (tail >= 0) {
                end = tail + alignedEnd(tailPattern, window(text, tail, BITAP_BITS));
                int from = Math.max(0, end - 2 * length - 8);
                String before = new StringBuilder(text.substring(from, end)).reverse().toString();
                start = end - alignedEnd(new StringBuilder(exact).reverse().toString(), before);
            } else {
                return new Resolution.Outdated();
            }
        }
        start = snapStart(text, Math.clamp(start, 0, text.length()));
        end = snapEnd(text, Math.clamp(end, start, text.length()));
        start = wholeWordStart(selector, text, start);
        end = wholeWordEnd(selector, text, end);
        if (end <= start) {
            return new Resolution.Outdated();
        }
        String found = text.substring(start, end);
        int difference = dmp.diffLevenshtein(dmp.diffMain(exact, found, false));
        if (difference * 100 > MAX_DIFFERENCE_PERCENT * length) {
            return new Resolution.Outdated();
        }
        return new Resolution.Anchored(start, end, found, found.equals(exact));
    }

    private static DiffMatchPatch matcher(String text) {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 0.1f;
        dmp.matchThreshold = 0.5f;
        // A passage may have moved anywhere in the section (a moved paragraph): distance costs little.
        dmp.matchDistance = Math.max(1000, text.length());
        return dmp;
    }

    private static String window(String text, int from, int length) {
        return text.substring(from, Math.min(text.length(), from + 2 * length + 8));
    }

    /**
     * Bitap finds where a passage begins; where it ends is the end of the window's prefix nearest to the pattern
     * (Levenshtein distance, shortest on a tie): a semi-global alignment, O(pattern × window).
     */
    static int alignedEnd(String pattern, String window) {
        int m = pattern.length();
        int n = window.length();
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            current[0] = i;
            char c = pattern.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int substitute = previous[j - 1] + (c == window.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = 0;
        for (int j = 1; j <= n; j++) {
            if (previous[j] < previous[best]) {
                best = j;
            }
        }
        return best;
    }

    /** A quote that began at a word's start begins at a word's start again (a replaced first word is kept whole). */
    private static int wholeWordStart(Selector selector, String text, int start) {
        String prefix = selector.prefix();
        boolean atWordStart = isWordChar(selector.exact().charAt(0))
                && (prefix.isEmpty() || !isWordChar(prefix.charAt(prefix.length() - 1)));
        while (atWordStart && start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A quote that ended at a word's end ends at a word's end again (a replaced last word is kept whole). */
    private static int wholeWordEnd(Selector selector, String text, int end) {
        String exact = selector.exact();
        boolean atWordEnd = isWordChar(exact.charAt(exact.length() - 1))
                && (selector.suffix().isEmpty() || !isWordChar(selector.suffix().charAt(0)));
        while (atWordEnd && end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A letter or digit of a script that puts spaces between words (not a CJK ideograph). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
    }

    private static int commonSuffix(String prefix, String text, int before) {
        int n = 0;
        while (n < prefix.length() && before - n - 1 >= 0
                && prefix.charAt(prefix.length() - n - 1) == text.charAt(before - n - 1)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String suffix, String text, int after) {
        int n = 0;
        while (n < suffix.length() && after + n < text.length() && suffix.charAt(n) == text.charAt(after + n)) {
            n++;
        }
        return n;
    }

    /** True when {@code i} falls between the two halves of a surrogate pair. */
    static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    private static int snapStart(String text, int i) {
        return splitsPair(text, i) ? i - 1 : i;
    }

    private static int snapEnd(String text, int i) {
        return splitsPair(text, i) ? i + 1 : i;
    }
}
