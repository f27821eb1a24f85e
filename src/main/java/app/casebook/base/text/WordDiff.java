package app.casebook.base.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level comparison of two texts. Whitespace is kept so the result reads like the text.
 *
 * <p>The comparison is the greedy algorithm of Myers ("An O(ND) difference algorithm", 1986) with its choices made
 * exactly as java-diff-utils' {@code MyersDiff} makes them (which of two equally short paths, and which steps form
 * one change), so the parts are the ones {@code DiffUtils.diff} over the word tokens gives. It compares token
 * numbers instead of strings and keeps the path as an int array per step instead of a node object per step, which
 * makes it several times faster on long sections; {@code WordDiffEquivalenceTest} holds it to the library.
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

    /** Above this many path entries (about 2,800 steps: nearly everything rewritten) the path is not kept. */
    private static final long MAX_TRACE = 4_000_000;

    private WordDiff() {
    }

    public static Result compare(String oldText, String newText) {
        String o = oldText == null ? "" : oldText;
        String n = newText == null ? "" : newText;
        // Tokens before the first difference are the same in both and Myers' first step runs through them
        // unchanged, so they are left out of the comparison: a small edit of a long text costs only the rest.
        int same = commonTokenPrefix(o, n);
        Tokens a = new Tokens(o, same);
        Tokens b = new Tokens(n, same);
        int[] changes = changes(a, b);
        List<Part> parts = new ArrayList<>();
        append(parts, Kind.SAME, o.substring(0, same));
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (int c = 0; c < changes.length; c += 4) {
            int fromA = changes[c];
            int toA = changes[c + 1];
            int fromB = changes[c + 2];
            int toB = changes[c + 3];
            append(parts, Kind.SAME, a.text(pos, fromA));
            append(parts, Kind.REMOVED, a.text(fromA, toA));
            append(parts, Kind.ADDED, b.text(fromB, toB));
            removed += a.words(fromA, toA);
            added += b.words(fromB, toB);
            pos = toA;
        }
        append(parts, Kind.SAME, a.text(pos, a.count));
        return new Result(List.copyOf(parts), added, removed);
    }

    /** How many words a change added and removed. */
    public record Counts(int wordsAdded, int wordsRemoved) {
    }

    /**
     * The words added and removed, as {@link #compare} counts them, without the parts: what a save stores with its
     * revision. Cheaper than {@code compare} for the usual small edit of a long text, because the tokens both texts
     * share at the end are left out as well as those at the start, so only the edited region is tokenised and
     * compared. For a single change (what one autosave stores) the counts are those of {@code compare}. Where many
     * changes allow several shortest diffs, {@code compare} takes java-diff-utils' choice and this may take another,
     * matching a space where that matched a word: added and removed may then both be a word or two higher or lower,
     * never their difference. {@code WordDiffEquivalenceTest} holds it to both.
     */
    public static Counts count(String oldText, String newText) {
        String o = oldText == null ? "" : oldText;
        String n = newText == null ? "" : newText;
        if (o.equals(n)) {
            return new Counts(0, 0);
        }
        int head = commonTokenPrefix(o, n);
        int tail = commonTokenSuffix(o, n, head);
        Tokens a = new Tokens(o.substring(head, o.length() - tail), 0);
        Tokens b = new Tokens(n.substring(head, n.length() - tail), 0);
        int[] changes = changes(a, b);
        int added = 0;
        int removed = 0;
        for (int c = 0; c < changes.length; c += 4) {
            removed += a.words(changes[c], changes[c + 1]);
            added += b.words(changes[c + 2], changes[c + 3]);
        }
        return new Counts(added, removed);
    }

    /** The changes from {@code a} to {@code b} in order, as quadruples (from, to in a; from, to in b). */
    private static int[] changes(Tokens a, Tokens b) {
        new Interner(a.count + b.count).number(a, b);
        int[] changes = changes(a.ids, a.count, b.ids, b.count);
        return changes != null ? changes : LongDiff.changes(a, b);
    }

    /**
     * The changes from {@code a} to {@code b} in order, as quadruples (from, to in a; from, to in b); null when the
     * texts differ so much that the path would be too large to keep.
     */
    private static int[] changes(int[] a, int n, int[] b, int m) {
        int max = n + m;
        int offset = max + 1;
        // v[offset + k]: how far (in a) the path on diagonal k reaches; v[offset + 1] = 0 is the start.
        int[] v = new int[2 * max + 3];
        // trace: v of every step d, diagonals -d, -d + 2, ..., d, from index d * (d + 1) / 2
        int[] trace = new int[1 << 12];
        for (int d = 0; d <= max; d++) {
            long rowEnd = (long) d * (d + 1) / 2 + d + 1;
            if (rowEnd > MAX_TRACE) {
                return null;
            }
            if (rowEnd > trace.length) {
                trace = Arrays.copyOf(trace, (int) Math.min(MAX_TRACE, Math.max(rowEnd, 2L * trace.length)));
            }
            int row = d * (d + 1) / 2;
            for (int k = -d; k <= d; k += 2) {
                int i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && a[i] == b[j]) {
                    i++;
                    j++;
                }
                v[offset + k] = i;
                trace[row + (k + d) / 2] = i;
                if (i >= n && j >= m) {
                    return backtrack(trace, d, k);
                }
            }
        }
        throw new IllegalStateException("no diff path");
    }

    /**
     * Walks the path back from its end and groups it as java-diff-utils does: one change for every run of steps
     * between two stretches of equal tokens (snakes), from where the earlier snake ends.
     */
    private static int[] backtrack(int[] trace, int end, int endK) {
        // For each step d >= 1: the point (x, y) after its insert or delete, and where its snake ends (x).
        int[] stepX = new int[end + 1];
        int[] stepY = new int[end + 1];
        int[] snakeEndX = new int[end + 1];
        int k = endK;
        for (int d = end; d >= 1; d--) {
            int prevRow = (d - 1) * d / 2;
            int prevK;
            int x;
            if (k == -d || (k != d && trace[prevRow + (k - 1 + d - 1) / 2] < trace[prevRow + (k + 1 + d - 1) / 2])) {
                prevK = k + 1;
                x = trace[prevRow + (prevK + d - 1) / 2];
            } else {
                prevK = k - 1;
                x = trace[prevRow + (prevK + d - 1) / 2] + 1;
            }
            stepX[d] = x;
            stepY[d] = x - k;
            snakeEndX[d] = trace[d * (d + 1) / 2 + (k + d) / 2];
            k = prevK;
        }
        // The first change starts where the common beginning (the snake of step 0) ends.
        int anchorX = trace[0];
        int anchorY = trace[0];
        int[] out = new int[4 * end];
        int count = 0;
        for (int d = 1; d <= end; d++) {
            boolean snake = snakeEndX[d] != stepX[d];
            if (snake || d == end) {
                out[count++] = anchorX;
                out[count++] = stepX[d];
                out[count++] = anchorY;
                out[count++] = stepY[d];
                if (snake) {
                    anchorX = snakeEndX[d];
                    anchorY = snakeEndX[d] - (stepX[d] - stepY[d]);
                }
            }
        }
        return Arrays.copyOf(out, count);
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

    /** The tokens of a text ({@link Words}) as offsets into it, with a number per distinct token. */
    private static final class Tokens {
        final String text;
        final int count;
        final int[] start;
        final int[] hash;
        final int[] ids;

        /** The tokens of {@code text} from {@code from}, a token boundary, on: one pass, hashing as it goes. */
        Tokens(String text, int from) {
            this.text = text;
            int length = text.length();
            int capacity = (length - from) / 4 + 2;
            int[] starts = new int[capacity];
            int[] hashes = new int[capacity];
            int n = 0;
            int s = from;
            while (s < length) {
                if (n + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    hashes = Arrays.copyOf(hashes, starts.length);
                }
                char c = text.charAt(s);
                boolean space = Words.isSpace(c);
                int h = c;
                int e = s + 1;
                while (e < length) {
                    char d = text.charAt(e);
                    if (Words.isSpace(d) != space) {
                        break;
                    }
                    h = 31 * h + d;
                    e++;
                }
                starts[n] = s;
                hashes[n++] = h ^ (h >>> 16);
                s = e;
            }
            starts[n] = length;
            this.count = n;
            this.start = starts;
            this.hash = hashes;
            this.ids = new int[n];
        }

        String text(int from, int to) {
            return from >= to ? "" : text.substring(start[from], start[to]);
        }

        String token(int t) {
            return text.substring(start[t], start[t + 1]);
        }

        int length(int t) {
            return start[t + 1] - start[t];
        }

        /** Tokens that are not blank in the sense of {@link String#isBlank()}: the words, as counted at first. */
        int words(int from, int to) {
            int n = 0;
            for (int t = from; t < to; t++) {
                if (!isBlank(text, start[t], start[t + 1])) {
                    n++;
                }
            }
            return n;
        }

        private static boolean isBlank(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Numbers the tokens of both texts, equal tokens alike, without making a string of each token. */
    private static final class Interner {
        private final int[] slots;
        private final int mask;
        private int next;

        Interner(int tokens) {
            int size = Integer.highestOneBit(Math.max(16, tokens * 2)) << 1;
            slots = new int[size];
            mask = size - 1;
        }

        /** Sets {@code ids} of both: equal tokens get equal numbers. */
        void number(Tokens a, Tokens b) {
            Tokens[] owners = {a, b};
            // token number n was first seen as token keyToken[n] of owners[keyOwner[n]]; a slot holds n + 1
            int[] keyOwner = new int[a.count + b.count];
            int[] keyToken = new int[a.count + b.count];
            for (int o = 0; o < 2; o++) {
                Tokens t = owners[o];
                for (int i = 0; i < t.count; i++) {
                    int h = t.hash[i];
                    int slot = h & mask;
                    while (true) {
                        int entry = slots[slot];
                        if (entry == 0) {
                            keyOwner[next] = o;
                            keyToken[next] = i;
                            slots[slot] = ++next;
                            t.ids[i] = next - 1;
                            break;
                        }
                        Tokens other = owners[keyOwner[entry - 1]];
                        int ot = keyToken[entry - 1];
                        int len = t.length(i);
                        if (other.hash[ot] == h && other.length(ot) == len
                                && t.text.regionMatches(t.start[i], other.text, other.start[ot], len)) {
                            t.ids[i] = entry - 1;
                            break;
                        }
                        slot = (slot + 1) & mask;
                    }
                }
            }
        }
    }

    /** For texts that are nearly entirely different: java-diff-utils itself, which keeps no trace of the path. */
    private static final class LongDiff {

        static int[] changes(Tokens a, Tokens b) {
            List<String> x = new ArrayList<>(a.count);
            for (int i = 0; i < a.count; i++) {
                x.add(a.token(i));
            }
            List<String> y = new ArrayList<>(b.count);
            for (int i = 0; i < b.count; i++) {
                y.add(b.token(i));
            }
            var deltas = com.github.difflib.DiffUtils.diff(x, y).getDeltas();
            int[] out = new int[deltas.size() * 4];
            int c = 0;
            for (var delta : deltas) {
                out[c++] = delta.getSource().getPosition();
                out[c++] = delta.getSource().getPosition() + delta.getSource().size();
                out[c++] = delta.getTarget().getPosition();
                out[c++] = delta.getTarget().getPosition() + delta.getTarget().size();
            }
            return out;
        }
    }
}
