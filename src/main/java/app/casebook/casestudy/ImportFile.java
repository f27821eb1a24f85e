package app.casebook.casestudy;

import app.casebook.base.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks an uploaded file before it is imported and turns it into text. A file is refused, with a message that says
 * why, when it: has a name not ending in .txt, .md or .markdown; is empty; is larger than
 * {@link Limits#IMPORT_BYTES}; is UTF-16 (a byte-order mark); is binary (a NUL byte, or more than 2% control
 * characters other than tab, line feed, carriage return and form feed); or is not valid UTF-8. A UTF-8 byte-order
 * mark is dropped.
 */
public final class ImportFile {

    /** More control characters than this share of all characters: not a text file. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private ImportFile() {
    }

    /** The text of an uploaded file, or {@link InvalidInputException} with the reason it cannot be imported. */
    public static String decode(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown"))) {
            throw new InvalidInputException("Only plain-text (.txt) and Markdown (.md) files can be imported"
                    + (name.isEmpty() ? "." : "; “" + name + "” is neither."));
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("The file “" + name + "” is empty.");
        }
        if (bytes.length > Limits.IMPORT_BYTES) {
            throw new InvalidInputException("The file “" + name + "” is too large: at most 1 MB can be imported.");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InvalidInputException("The file “" + name + "” is saved as UTF-16; save it as UTF-8 text "
                    + "and import it again.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw binary(name);
            }
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The file “" + name + "” is not UTF-8 text. Save it with the UTF-8 "
                    + "encoding and import it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long control = text.chars().filter(ImportFile::isControl).count();
        if (control > text.length() * MAX_CONTROL_SHARE) {
            throw binary(name);
        }
        if (text.isBlank()) {
            throw new InvalidInputException("The file “" + name + "” has no text.");
        }
        return text;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static InvalidInputException binary(String name) {
        return new InvalidInputException("The file “" + name + "” is not a text file (it looks like a binary "
                + "file, such as a Word document or a PDF). Save it as plain text or Markdown and import that.");
    }
}
