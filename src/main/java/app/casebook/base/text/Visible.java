package app.casebook.base.text;

/**
 * Whether a text shows anything. Zero-width spaces and joiners, byte-order marks, other format characters, control
 * characters and blank-looking letters (Hangul fillers, the blank Braille pattern) show nothing on screen, so a title,
 * name or heading made only of them counts as empty.
 */
public final class Visible {

    private Visible() {
    }

    /** True when {@code text} is null or shows nothing (only white space and invisible characters). */
    public static boolean isEmpty(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(Visible::invisible);
    }

    private static boolean invisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return true;
        }
        return switch (cp) {
            case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E, 0x034F -> true;
            default -> Character.isIdentifierIgnorable(cp);
        };
    }
}
