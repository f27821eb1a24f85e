package app.casebook.base.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and the whitespace between them, so that joining the tokens gives the text back.
 * Whitespace is what {@code \s} means in a Java regular expression: space, tab, line feed, vertical tab, form feed
 * and carriage return; everything else belongs to a word.
 */
public final class Words {

    private Words() {
    }

    /** Words and whitespace runs, in order; concatenated they are exactly {@code text}. */
    public static List<String> tokens(String text) {
        String t = text == null ? "" : text;
        List<String> tokens = new ArrayList<>(t.length() / 4 + 1);
        int start = 0;
        while (start < t.length()) {
            int end = tokenEnd(t, start);
            tokens.add(t.substring(start, end));
            start = end;
        }
        return tokens;
    }

    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int n = 0;
        int start = 0;
        while (start < text.length()) {
            int end = tokenEnd(text, start);
            if (!isSpace(text.charAt(start))) {
                n++;
            }
            start = end;
        }
        return n;
    }

    /** The end of the token starting at {@code start}: the run of whitespace or of non-whitespace there. */
    static int tokenEnd(String text, int start) {
        boolean space = isSpace(text.charAt(start));
        int end = start + 1;
        while (end < text.length() && isSpace(text.charAt(end)) == space) {
            end++;
        }
        return end;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
