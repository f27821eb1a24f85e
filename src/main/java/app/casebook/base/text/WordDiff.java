package app.casebook.base.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-level comparison of two texts: java-diff-utils over their {@link Words} tokens (words and the whitespace
 * runs between them), so the result reads like the text.
 *
 * <p>Both operations leave out the tokens the texts share at the start, which is exactly what Myers' first step
 * would run through unchanged: a small edit of a long text costs only the rest. {@link #count} also leaves out the
 * tokens they share at the end.
 */
public final class WordDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of text that is the same in both, only in the new text, or only in the old one. */
    public record Part(Kind kind, String text) {
    }

    public record Result(List<Part> parts, int wordsAdded, int wordsRemoved) {

        public boolean unchanged() {
            return wordsAdded == 0 && wordsRemoved == 0 && parts.stream().allMatch(p -> p.kind() == Kind.SAME);
        }
    }

    /** How many words a change added and removed. */
    public record Counts(int wordsAdded, int wordsRemoved) {
    }

    /**
     * {@link #count} compares the changed region exactly up to this many tokens, both texts together (tokens are
     * words and whitespace runs, about two per word: some 500 words or 3 KB of prose). Beyond it, it estimates.
     */
    public static final int EXACT_COUNT_MAX_TOKENS = 1_000;

    /**
     * Shortest diffs that take more steps than this (tokens inserted or removed; two for a replaced word) are
     * computed with {@code MyersDiffWithLinearSpace}: {@code MyersDiff} keeps a node per step and diagonal, about
     * 430 MB allocated for two unrelated 20 KB texts.
     */
    public static final int MYERS_MAX_STEPS = 1_000;

    private WordDiff() {
    }

    /**
     * The parts of both texts in order, and the words added and removed (tokens that are not blank in the sense of
     * {@link String#isBlank()}), from a shortest diff of the tokens. Null texts are empty.
     *
     * <p>While a shortest diff takes at most {@value #MYERS_MAX_STEPS} steps, the parts are exactly those of
     * java-diff-utils' {@code DiffUtils.diff} (its {@code MyersDiff}) over all tokens of both texts. Beyond that (a
     * section largely rewritten) they are {@code MyersDiffWithLinearSpace}'s, in linear memory; that diff is as short,
     * but where several are equally short it may choose another one. Time grows with the tokens times the steps: two
     * unrelated 20 KB texts take 0.1–0.4 s. So this is for reading a change, not for a save: see {@link #count}.
     */
    public static Result compare(String oldText, String newText) {
        String o = oldText == null ? "" : oldText;
        String n = newText == null ? "" : newText;
        int same = commonTokenPrefix(o, n);
        List<String> a = Words.tokens(o.substring(same));
        List<String> b = Words.tokens(n.substring(same));
        List<Part> parts = new ArrayList<>();
        append(parts, Kind.SAME, o.substring(0, same));
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (Change c : changes(a, b)) {
            append(parts, Kind.SAME, text(a, pos, c.fromA()));
            append(parts, Kind.REMOVED, text(a, c.fromA(), c.toA()));
            append(parts, Kind.ADDED, text(b, c.fromB(), c.toB()));
            removed += words(a, c.fromA(), c.toA());
            added += words(b, c.fromB(), c.toB());
            pos = c.toA();
        }
        append(parts, Kind.SAME, text(a, pos, a.size()));
        return new Result(List.copyOf(parts), added, removed);
    }

    /**
     * The words added and removed, without the parts: what a save stores with its revision, inside the transaction
     * that holds the section's row lock, so its time is bounded. Null texts are empty.
     *
     * <p>The tokens both texts share at the start and at the end are left out; what remains is the changed region.
     * <ul>
     *   <li><b>Exact</b> up to {@value #EXACT_COUNT_MAX_TOKENS} tokens (words and whitespace runs) in the changed
     *   regions of both texts together: a shortest diff of the region, as {@link #compare} makes it; about 2 ms at
     *   most (two unrelated regions of 500 tokens each). For a single change (what one autosave stores) the counts
     *   are those of {@code compare}. Where several changes allow several shortest diffs, this one may match a space
     *   where {@code compare}'s matched a word: added and removed may then both be a word or two higher or lower,
     *   never their difference.
     *   <li><b>Estimated</b> above it (a section pasted over or rewritten, a paragraph replaced, edits far apart), in
     *   linear time: under 1 ms for two unrelated 20 KB texts, where a diff takes 0.1–0.4 s. A word of the new region
     *   counts as kept when it and its neighbour (the word before or after it) are also neighbours in the old region;
     *   each pair of neighbours there is matched once at most, and each occurrence of a word there keeps one word
     *   at most. Added are the
     *   new region's words not kept, removed the old region's words beyond those kept. So added minus removed is
     *   exact (the change in the number of words); a text written into an empty region, or removed, counts exactly;
     *   added and removed are each at least the difference of the two regions' bags of words and at most all the
     *   words of their region. On generated prose (the benchmarks' {@code Prose}) the estimate is within 3% of
     *   {@code compare} for a 20 KB text pasted over another and for a replaced paragraph, and 0–30% above it when
     *   1–80% of the words are changed at places all over the text. It counts more than {@code compare} where a single
     *   word stays between two changes (it has no neighbour left to be recognised by), less where text was moved (a
     *   diff counts it removed and added, its pairs are still there).
     * </ul>
     *
     * <p>{@code WordDiffEquivalenceTest} holds both to {@code compare}; the bound is measured by
     * {@code SaveThroughputBenchmark} (a save replacing a whole 20 KB section) and {@code WordDiffBenchmark}.
     */
    public static Counts count(String oldText, String newText) {
        String o = oldText == null ? "" : oldText;
        String n = newText == null ? "" : newText;
        if (o.equals(n)) {
            return new Counts(0, 0);
        }
        int head = commonTokenPrefix(o, n);
        int tail = commonTokenSuffix(o, n, head);
        List<String> a = Words.tokens(o.substring(head, o.length() - tail));
        List<String> b = Words.tokens(n.substring(head, n.length() - tail));
        if (a.size() + b.size() > EXACT_COUNT_MAX_TOKENS) {
            return estimate(a, b);
        }
        int added = 0;
        int removed = 0;
        for (Change c : changes(a, b)) {
            removed += words(a, c.fromA(), c.toA());
            added += words(b, c.fromB(), c.toB());
        }
        return new Counts(added, removed);
    }

    /** A run of tokens {@code [fromA, toA)} of the old text replaced by {@code [fromB, toB)} of the new one. */
    private record Change(int fromA, int toA, int fromB, int toB) {
    }

    /**
     * The changes of a shortest diff from {@code a} to {@code b} in order, each run of changed tokens between two
     * equal ones as one change (as {@code MyersDiff} groups them; {@code MyersDiffWithLinearSpace} gives a deletion
     * and an insertion at one place as two deltas, which are joined here).
     */
    private static List<Change> changes(List<String> a, List<String> b) {
        List<AbstractDelta<String>> deltas;
        try {
            deltas = DiffUtils.diff(a, b, new MyersDiff<>(), STOP_AFTER_MAX_STEPS).getDeltas();
        } catch (TooManySteps e) {
            deltas = DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<>()).getDeltas();
        }
        List<Change> changes = new ArrayList<>(deltas.size());
        for (AbstractDelta<String> d : deltas) {
            int fromA = d.getSource().getPosition();
            int toA = fromA + d.getSource().size();
            int fromB = d.getTarget().getPosition();
            int toB = fromB + d.getTarget().size();
            if (!changes.isEmpty() && changes.getLast().toA() == fromA && changes.getLast().toB() == fromB) {
                Change last = changes.removeLast();
                changes.add(new Change(last.fromA(), toA, last.fromB(), toB));
            } else {
                changes.add(new Change(fromA, toA, fromB, toB));
            }
        }
        return changes;
    }

    /** Stops {@code MyersDiff} (which reports every step to its listener) once it would take too many steps. */
    private static final DiffAlgorithmListener STOP_AFTER_MAX_STEPS = new DiffAlgorithmListener() {
        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (value > MYERS_MAX_STEPS) {
                throw TooManySteps.INSTANCE;
            }
        }

        @Override
        public void diffEnd() {
        }
    };

    private static final class TooManySteps extends RuntimeException {
        static final TooManySteps INSTANCE = new TooManySteps();

        private TooManySteps() {
            super("more than " + MYERS_MAX_STEPS + " steps", null, false, false);
        }
    }

    /**
     * Added and removed words estimated from word pairs, in linear time: a word of {@code b} is kept when it stands
     * next to the same word in {@code a} as in {@code b} (the pair of two consecutive words, whitespace aside, occurs
     * in {@code a}); each pair of {@code a} is matched once at most, each occurrence of a word of {@code a} keeps one
     * word of {@code b} at most. The words of {@code b} not kept are added, those of {@code a} beyond the kept ones
     * removed.
     */
    private static Counts estimate(List<String> a, List<String> b) {
        // the words of a numbered, equal words alike; b's words by the same numbers, -1 for a word a does not have
        Map<String, Integer> ids = new HashMap<>(a.size());
        int[] older = new int[a.size()];
        int n = 0;
        for (String t : a) {
            if (!t.isBlank()) {
                older[n++] = ids.computeIfAbsent(t, k -> ids.size());
            }
        }
        int[] newer = new int[b.size()];
        int m = 0;
        for (String t : b) {
            if (!t.isBlank()) {
                newer[m++] = ids.getOrDefault(t, -1);
            }
        }
        int[] occurrences = new int[ids.size()];
        Map<Long, int[]> pairs = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            occurrences[older[i]]++;
            if (i + 1 < n) {
                pairs.computeIfAbsent(pair(older[i], older[i + 1]), k -> new int[1])[0]++;
            }
        }
        boolean[] kept = new boolean[m];
        int keptWords = 0;
        for (int i = 0; i + 1 < m; i++) {
            if (newer[i] < 0 || newer[i + 1] < 0) {
                continue;
            }
            int[] pair = pairs.get(pair(newer[i], newer[i + 1]));
            if (pair == null || pair[0] == 0) {
                continue;
            }
            pair[0]--;
            for (int j = i; j <= i + 1; j++) {
                if (!kept[j] && occurrences[newer[j]] > 0) {
                    occurrences[newer[j]]--;
                    kept[j] = true;
                    keptWords++;
                }
            }
        }
        return new Counts(m - keptWords, n - keptWords);
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second;
    }

    private static String text(List<String> tokens, int from, int to) {
        return from >= to ? "" : String.join("", tokens.subList(from, to));
    }

    /** Tokens that are not blank in the sense of {@link String#isBlank()}: the words, as counted at first. */
    private static int words(List<String> tokens, int from, int to) {
        int n = 0;
        for (int t = from; t < to; t++) {
            if (!tokens.get(t).isBlank()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where the texts stop having the same tokens: the last token boundary before the first character that differs
     * (the token there may go on differently), or the whole text when they are equal.
     */
    private static int commonTokenPrefix(String a, String b) {
        int m = Math.min(a.length(), b.length());
        int diff = 0;
        while (diff < m && a.charAt(diff) == b.charAt(diff)) {
            diff++;
        }
        if (diff == a.length() && diff == b.length()) {
            return diff;
        }
        for (int t = diff - 1; t > 0; t--) {
            if (Words.isSpace(a.charAt(t - 1)) != Words.isSpace(a.charAt(t))) {
                return t;
            }
        }
        return 0;
    }

    /**
     * The length of the longest common end of both texts that starts at a token boundary in each and does not reach
     * into the first {@code head} characters (a common token prefix, so a boundary in both).
     */
    private static int commonTokenSuffix(String a, String b, int head) {
        int la = a.length();
        int lb = b.length();
        int max = Math.min(la, lb) - head;
        int k = 0;
        while (k < max && a.charAt(la - 1 - k) == b.charAt(lb - 1 - k)) {
            k++;
        }
        for (int t = k; t > 0; t--) {
            if (boundary(a, la - t, head) && boundary(b, lb - t, head)) {
                return t;
            }
        }
        return 0;
    }

    private static boolean boundary(String s, int at, int head) {
        return at <= head || at >= s.length() || Words.isSpace(s.charAt(at - 1)) != Words.isSpace(s.charAt(at));
    }

    private static void append(List<Part> parts, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
