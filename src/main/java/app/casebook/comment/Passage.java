package app.casebook.comment;

/**
 * What a person selected to comment on: {@code [start, end)} of {@code text}, the section's text as their editor
 * showed it (UTF-16 code units, as the browser's selectionStart/selectionEnd).
 */
public record Passage(String text, int start, int end) {
}
