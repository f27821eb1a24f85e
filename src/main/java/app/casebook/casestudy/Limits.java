package app.casebook.casestudy;

import app.casebook.base.InvalidInputException;
import java.util.Locale;

/**
 * How much a case study may hold. 20,000 characters is about 3,000 words, several times the longest section any
 * template recommends, while keeping a section comfortable to edit and diff in a browser.
 */
public final class Limits {

    public static final int TITLE = 200;
    public static final int JOB_TITLE = 200;
    public static final int CONTEXT = 300;
    public static final int HEADLINE = 500;
    public static final int HEADING = 200;
    public static final int BODY = 20_000;
    public static final int SECTIONS = 30;
    public static final int IMPORT_BYTES = 1_000_000;

    private Limits() {
    }

    /** Refuses a value over its limit with a message that names the field and the limit; never truncates. */
    public static String check(String what, String value, int max, boolean required) {
        String v = value == null ? "" : value;
        if (required && app.casebook.base.text.Visible.isEmpty(v)) {
            throw new InvalidInputException(what + " cannot be empty.");
        }
        if (v.length() > max) {
            throw new InvalidInputException(what + " can have at most " + String.format(Locale.ENGLISH, "%,d", max)
                    + " characters; this one has " + String.format(Locale.ENGLISH, "%,d", v.length()) + ".");
        }
        return v;
    }
}
