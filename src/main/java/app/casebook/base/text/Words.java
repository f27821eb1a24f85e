package app.casebook.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words and the whitespace between them, so that joining the tokens gives the text back. */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern WORD = Pattern.compile("[^\\s]+");

    private Words() {
    }

    /** Words and whitespace runs, in order; concatenated they are exactly {@code text}. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
