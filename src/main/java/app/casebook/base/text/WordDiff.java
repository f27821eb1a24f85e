package app.casebook.base.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** A word-level comparison of two texts. Whitespace is kept so the result reads like the text. */
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

    private WordDiff() {
    }

    public static Result compare(String oldText, String newText) {
        List<String> a = Words.tokens(oldText);
        List<String> b = Words.tokens(newText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Part> parts = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(parts, Kind.SAME, a.subList(pos, start));
            List<String> del = delta.getSource().getLines();
            List<String> ins = delta.getTarget().getLines();
            append(parts, Kind.REMOVED, del);
            append(parts, Kind.ADDED, ins);
            removed += countWords(del);
            added += countWords(ins);
            pos = start + del.size();
        }
        append(parts, Kind.SAME, a.subList(pos, a.size()));
        return new Result(List.copyOf(parts), added, removed);
    }

    private static int countWords(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            if (!t.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static void append(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}
