package app.casebook.comment;

/**
 * Where a thread's quoted passage stands in the section's current text. {@code NONE}: a thread on the whole section;
 * {@code ANCHORED}: at {@code [start, end)} (UTF-16 code units), reading {@code text} (which differs from the quote
 * when the passage was edited a little); {@code OUTDATED}: the passage is gone, the thread keeps its original quote.
 */
public record Anchor(State state, int start, int end, String text) {

    public enum State { NONE, ANCHORED, OUTDATED }

    public static final Anchor NONE = new Anchor(State.NONE, 0, 0, null);
    public static final Anchor OUTDATED = new Anchor(State.OUTDATED, 0, 0, null);

    public boolean outdated() {
        return state == State.OUTDATED;
    }
}
