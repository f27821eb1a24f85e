package app.casebook.casestudy.ui;

import app.casebook.base.text.Words;
import app.casebook.casestudy.SaveResult;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The autosave rules of one field of the editor (a section's text, its heading, a header field), as a plain state
 * machine: no Vaadin, no Spring. The editor tells it what happened (the person typed, a save came back or failed,
 * someone else saved, the section was removed, the login ended) and asks it what to do (what to save, on which
 * base; which value to show; what the status says). The rules, in one place:
 * <ul>
 *   <li>Every save names the base it was made from: the server's text (and version) this field's text derives from.
 *       The server merges or reports a conflict when the base is no longer current.</li>
 *   <li>A value someone else saved never replaces a field that is being typed in or holds unsaved text; it waits,
 *       and the next save merges with it on the server. A field that is merely focused takes it at once.</li>
 *   <li>A conflict is resolved only by the person's choice. Dismissing it changes nothing: the base stays the one
 *       the person's text was written on, so every later save meets the same conflict (both texts stay visible and
 *       in the history) until the person chooses; the choice is saved on top of the other person's text.</li>
 *   <li>"Saved" is shown only for a save the server confirmed. A save that failed for a passing reason is retried;
 *       one refused (too long, no permission), made after the login ended or in a section someone removed is kept
 *       as text and said so, never dropped.</li>
 * </ul>
 */
public final class Autosave {

    /** What the field's status says. */
    public enum State {
        /** The field shows what the server has. */
        SAVED,
        /** Typed, not yet sent. */
        UNSAVED,
        /** A save is on its way. */
        SAVING,
        /** Saved, merged with someone else's change. */
        MERGED,
        /** Someone else changed the same passage; the person has not chosen yet. */
        CONFLICT,
        /** The save failed for a passing reason (database away); tried again. */
        RETRYING,
        /** The server refused the text (too long, not allowed): kept, not saved. */
        REFUSED,
        /** The login ended: nothing can be saved until the person logs in again. The text is kept. */
        LOGGED_OUT,
        /** Someone removed the section this field belongs to. The text is kept and offered. */
        REMOVED
    }

    /** Why a save did not happen. */
    public enum Failure {
        /** The database or the network failed: try again later. */
        PASSING,
        /** The server refused this text (a limit, a permission). */
        REFUSED,
        /** The person is no longer logged in. */
        LOGGED_OUT,
        /** The section is gone. */
        REMOVED
    }

    /** A save to send: {@code text}, written on top of {@code baseText} (server version {@code baseVersion}). */
    public record Save(long baseVersion, String baseText, String text) {
    }

    /** An unresolved conflict: the server stands at {@code theirText} (version {@code theirVersion}). */
    public record Conflict(long theirVersion, String theirText, String myText) {
    }

    private final UnaryOperator<String> stored;
    private long baseVersion;
    private String baseText;
    private String shown;
    private boolean typing;
    private boolean inFlight;
    private Long pendingVersion;
    private String pendingText;
    private Conflict conflict;
    private State state = State.SAVED;
    private String reason = "";

    /** A field showing the server's {@code text}, at server version {@code version} (0 where there is none). */
    public Autosave(long version, String text) {
        this(version, text, UnaryOperator.identity());
    }

    /**
     * A field whose text the server stores as {@code stored} makes it (headings and header fields are stripped of
     * leading and trailing white space): text that differs from the server's only by that counts as saved, so a space
     * typed at the end of a heading before a pause neither leaves the field "unsaved" for good nor is taken away
     * while the person types on.
     */
    public Autosave(long version, String text, UnaryOperator<String> stored) {
        this.stored = stored;
        this.baseVersion = version;
        this.baseText = text == null ? "" : text;
        this.shown = this.baseText;
    }

    /** Whether the field's text is, as the server stores it, {@code serverText}. */
    private boolean shownIs(String serverText) {
        return stored.apply(shown).equals(serverText);
    }

    // ---- the person

    /** The browser sent the field's value: the person typed (and paused). */
    public void typed(String text) {
        shown = text == null ? "" : text;
        typing = false;
        if (state == State.SAVED || state == State.MERGED) {
            state = State.UNSAVED;
        }
    }

    /** The person started typing (the first keystroke of a burst; the value follows when they pause). */
    public void typingStarted() {
        typing = true;
    }

    /**
     * The person stopped typing or left the field without typing: a value someone else saved meanwhile is shown now
     * if nothing here is unsaved. Returns that value, to put into the field.
     */
    public Optional<String> typingStopped() {
        typing = false;
        return applyPending();
    }

    /** The person closed the conflict without choosing. Nothing is resolved: the next save meets it again. */
    public void conflictDismissed() {
        // deliberately nothing: the base stays where the person's text was written
    }

    // ---- saving

    /** What to save now, or empty when there is nothing to save or nothing can be saved (logged out, removed). */
    public Optional<Save> nextSave() {
        if (state == State.LOGGED_OUT || state == State.REMOVED) {
            return Optional.empty();
        }
        if (shownIs(baseText) && conflict == null) {
            if (state != State.MERGED) {
                state = State.SAVED;
            }
            return Optional.empty();
        }
        inFlight = true;
        if (conflict == null) {
            state = State.SAVING;
        }
        return Optional.of(new Save(baseVersion, baseText, shown));
    }

    /**
     * The person chose what to keep from a conflict: {@code text} is saved on top of the other person's text (the
     * server merges again if yet another change came meanwhile). Empty when there is no conflict.
     */
    public Optional<Save> resolve(String text) {
        if (conflict == null || state == State.LOGGED_OUT || state == State.REMOVED) {
            return Optional.empty();
        }
        shown = text;
        inFlight = true;
        return Optional.of(new Save(conflict.theirVersion(), conflict.theirText(), text));
    }

    /**
     * The server answered a save of {@code sent}. Returns the value the field must show now when it differs from what
     * it shows (a merge brought in someone else's change).
     */
    public Optional<String> saved(Save sent, SaveResult result) {
        inFlight = false;
        reason = "";
        switch (result) {
            case SaveResult.Saved s -> {
                rebase(s.revisionId(), s.text());
                conflict = null;
                state = shownIs(s.text()) ? State.SAVED : State.UNSAVED;
                return applyPending();
            }
            case SaveResult.Merged m -> {
                rebase(m.revisionId(), m.text());
                conflict = null;
                if (shown.equals(sent.text())) {
                    shown = m.text();
                    state = State.MERGED;
                    return Optional.of(m.text());
                }
                state = State.UNSAVED;
                return Optional.empty();
            }
            case SaveResult.Conflict c -> {
                conflict = new Conflict(c.revisionId(), c.theirText(), c.myText());
                state = State.CONFLICT;
                if (pendingVersion != null && pendingVersion <= c.revisionId()) {
                    pendingVersion = null;
                    pendingText = null;
                }
                return Optional.empty();
            }
        }
    }

    /** A save failed; the text stays in the field. */
    public void failed(Failure failure, String why) {
        inFlight = false;
        reason = why == null ? "" : why;
        state = switch (failure) {
            case PASSING -> State.RETRYING;
            case REFUSED -> State.REFUSED;
            case LOGGED_OUT -> State.LOGGED_OUT;
            case REMOVED -> State.REMOVED;
        };
    }

    /** Whether a failed save should be sent again now (a passing failure, the text still unsaved). */
    public boolean retryDue() {
        return state == State.RETRYING && hasUnsavedText();
    }

    // ---- someone else

    /**
     * Someone else saved {@code text} as server version {@code version}. Returns the value to show now; empty when
     * the field keeps its own (it is being typed in or holds unsaved text: the next save merges the two) or when it is
     * nothing new.
     */
    public Optional<String> remote(long version, String text) {
        String t = text == null ? "" : text;
        if (version == baseVersion && t.equals(baseText)) {
            return Optional.empty();
        }
        if (version != 0 && version < baseVersion) {
            return Optional.empty(); // older than what this field already stands on
        }
        pendingVersion = version;
        pendingText = t;
        return applyPending();
    }

    /** The section this field belongs to was removed by someone else. */
    public void removed() {
        if (hasUnsavedText() || typing) {
            state = State.REMOVED;
        }
    }

    /** The section came back (restored): saves go on from {@code version}/{@code text}. */
    public void restored(long version, String text) {
        baseVersion = version;
        baseText = text == null ? "" : text;
        state = shownIs(baseText) ? State.SAVED : State.UNSAVED;
    }

    private Optional<String> applyPending() {
        if (pendingText == null || typing || inFlight || hasUnsavedText()) {
            return Optional.empty();
        }
        String t = pendingText;
        long v = pendingVersion;
        pendingText = null;
        pendingVersion = null;
        if (v != 0 && v < baseVersion) {
            return Optional.empty();
        }
        rebase(v, t);
        if (shownIs(t)) {
            return Optional.empty();
        }
        shown = t;
        state = State.SAVED;
        return Optional.of(t);
    }

    private void rebase(long version, String text) {
        baseVersion = version;
        baseText = text;
        if (pendingVersion != null && pendingVersion != 0 && pendingVersion <= version) {
            pendingVersion = null;
            pendingText = null;
        }
    }

    // ---- what the screen asks

    /** Text typed here that the server has not confirmed: a conflict, a failed save, or not yet sent. */
    public boolean hasUnsavedText() {
        return conflict != null || !shownIs(baseText);
    }

    /** Whether the person is typing now (between the first keystroke of a burst and the value arriving). */
    public boolean isTyping() {
        return typing;
    }

    /** Whether a value someone else saved waits to be shown. */
    public boolean hasPendingRemote() {
        return pendingText != null;
    }

    public State state() {
        return state;
    }

    /** Why the last save failed, as the server said it; empty otherwise. */
    public String reason() {
        return reason;
    }

    public Optional<Conflict> conflict() {
        return Optional.ofNullable(conflict);
    }

    /** What the field shows. */
    public String text() {
        return shown;
    }

    /** The server's text this field's text derives from. */
    public String baseText() {
        return baseText;
    }

    public long baseVersion() {
        return baseVersion;
    }

    /**
     * Where a cursor at {@code offset} in {@code before} belongs in {@code after}, the same text with someone else's
     * changes merged in: moved by every change that lies before it, kept inside text that did not change. UTF-16
     * offsets, as a browser's selectionStart/End. The browser does the same with {@link #edits}.
     */
    public static int mapOffset(String before, String after, int offset) {
        String list = edits(before, after);
        String[] parts = list.isEmpty() ? new String[0] : list.split(",");
        int shift = 0;
        for (int i = 0; i + 2 < parts.length; i += 3) {
            int start = Integer.parseInt(parts[i]);
            int end = Integer.parseInt(parts[i + 1]);
            int replacement = Integer.parseInt(parts[i + 2]);
            if (end <= offset && !(start == end && start == offset)) {
                shift += replacement - (end - start);
            } else if (start < offset && offset < end) {
                return Math.min(after.length(), start + shift + replacement);
            }
        }
        return Math.max(0, Math.min(after.length(), offset + shift));
    }

    /**
     * The changes that turn {@code before} into {@code after}, word by word, as "start,end,length" triples joined by
     * commas: the stretch [start, end) of {@code before} is replaced by {@code length} characters. In order.
     */
    public static String edits(String before, String after) {
        List<String> a = Words.tokens(before);
        List<String> b = Words.tokens(after);
        StringBuilder out = new StringBuilder();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int start = charOffset(a, d.getSource().getPosition());
            int end = start + length(d.getSource().getLines());
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(start).append(',').append(end).append(',').append(length(d.getTarget().getLines()));
        }
        return out.toString();
    }

    private static int charOffset(List<String> tokens, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) {
            n += tokens.get(i).length();
        }
        return n;
    }

    private static int length(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            n += t.length();
        }
        return n;
    }
}
