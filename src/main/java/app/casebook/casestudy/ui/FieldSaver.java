package app.casebook.casestudy.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.ui.Format;
import app.casebook.casestudy.SaveResult;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Connects one field of the editor (a section's text or heading, a header field) to its {@link Autosave} rules: sends
 * the saves the rules ask for, shows what they say (status, merged values, conflicts), retries failed saves, and arms
 * the browser's "leave page?" warning while the field holds text the server has not confirmed.
 */
class FieldSaver {

    /** The service calls of one field. */
    interface Server {
        SaveResult save(Autosave.Save save);

        /** Saves the person's choice after a conflict, recorded as a resolution. */
        SaveResult resolve(Autosave.Save save);
    }

    static final long RETRY_SECONDS = 5;

    private final AbstractSinglePropertyField<?, String> field;
    private final String key;
    private final String what;
    private final Autosave autosave;
    private final Server server;
    /**
     * Built when a conflict first needs it, right after {@link #resolveAfter} in its parent: a button hidden in every
     * field of every open editor would cost heap for nothing (issue 14, heap per editor session).
     */
    private Button resolveButton;
    private Supplier<Component> resolveAfter;
    private Function<String, String> check = text -> null;
    private Consumer<String> onShown = text -> { };
    private Runnable onChange = () -> { };
    private Runnable onSaved = () -> { };
    private Instant savedAt;
    private boolean retryScheduled;
    private ConflictDialog dialog;

    /**
     * @param key  a name for this field unique on the page (its id), for the browser's unsaved-text guard
     * @param what how the conflict dialog names the field ("this passage", "the headline")
     */
    FieldSaver(AbstractSinglePropertyField<?, String> field, String key, String what, Autosave autosave, Server server,
               boolean editable, Instant savedAt) {
        this.field = field;
        this.key = key;
        this.what = what;
        this.autosave = autosave;
        this.server = server;
        this.savedAt = savedAt;
        if (!editable) {
            return;
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autosave.typed(e.getValue());
                onShown.accept(e.getValue());
                save();
            }
        });
        // The person starts typing: told on the first change of a burst, before the text changes ("beforeinput":
        // keys, paste, cut, drop, dictation; not moving the cursor). Not on "input": the text field's own value
        // synchronisation listens to that event, so sending it sent the value with the first keystroke in it, saved
        // as a revision of its own before every burst of typing (seen in a real browser).
        // A burst that left the text as it was (x then Backspace, Enter in a one-line field) sends no value: at its
        // end (the trailing event, a second after the last change) the browser is asked for its text, and if that is
        // the text the server has, typing has stopped and what others saved meanwhile is shown. (The event's own
        // data would not do: it is taken before the change.)
        field.getElement().addEventListener("beforeinput", e -> {
            if (e.getPhase() != DebouncePhase.TRAILING) {
                autosave.typingStarted();
            } else if (autosave.isTyping()) {
                field.getElement().executeJs("return this.value").then(String.class, this::burstEnded);
            }
        }).debounce(SectionEditor.AUTOSAVE_MILLIS, DebouncePhase.LEADING, DebouncePhase.TRAILING);
        if (field instanceof BlurNotifier<?> blur) {
            blur.addBlurListener(e -> autosave.typingStopped().ifPresent(this::show));
        }
        field.addAttachListener(e -> installGuards(e.getUI()));
    }

    /** A message when the text may not be sent at all (e.g. too long), checked before every save; null when fine. */
    void setCheck(Function<String, String> check) {
        this.check = check;
    }

    /** Called with the field's value whenever it changes, typed or shown. */
    void setOnShown(Consumer<String> onShown) {
        this.onShown = onShown;
    }

    /** Called whenever the state changes (for a status line). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Called after a save that the server answered (saved, merged or a conflict kept). */
    void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    Autosave autosave() {
        return autosave;
    }

    /**
     * Where the button that opens the choice again goes while a conflict waits for the person's choice ("Choose what
     * to keep", id {@code resolve-<key>}): right after the component {@code anchor} gives when the button is built
     * (when first needed), in the same parent.
     */
    void placeResolveButtonAfter(Supplier<Component> anchor) {
        this.resolveAfter = anchor;
    }

    /** The "Choose what to keep" button, if a conflict has built it (shown or hidden). */
    Optional<Button> builtResolveButton() {
        return Optional.ofNullable(resolveButton);
    }

    private void showResolveButton(boolean conflict) {
        if (conflict && resolveButton == null && resolveAfter != null) {
            Component after = resolveAfter.get();
            Element parent = after.getElement().getParent();
            if (parent != null) {
                resolveButton = new Button("Choose what to keep", VaadinIcon.WARNING.create(), e -> openConflict());
                resolveButton.setId("resolve-" + key);
                resolveButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                parent.insertChild(parent.indexOfChild(after.getElement()) + 1, resolveButton.getElement());
            }
        }
        if (resolveButton != null) {
            resolveButton.setVisible(conflict);
        }
    }

    /** Sends the save the rules ask for now, if any. */
    void save() {
        String problem = check.apply(autosave.text());
        if (problem != null) {
            autosave.failed(Autosave.Failure.REFUSED, problem);
            changed();
            return;
        }
        Optional<Autosave.Save> next = autosave.nextSave();
        if (next.isEmpty()) {
            changed();
            confirmSaved();
            return;
        }
        send(next.get(), false);
    }

    private void send(Autosave.Save save, boolean resolution) {
        boolean wasInConflict = autosave.state() == Autosave.State.CONFLICT;
        changed();
        try {
            SaveResult result = resolution ? server.resolve(save) : server.save(save);
            autosave.saved(save, result).ifPresent(merged -> showMerged(save.text(), merged));
            if (!(result instanceof SaveResult.Conflict)) {
                savedAt = Instant.now();
            }
            onSaved.run();
            if (result instanceof SaveResult.Conflict && (!wasInConflict || resolution)) {
                openConflict();
            }
            confirmSaved();
        } catch (InvalidInputException | AccessDeniedException e) {
            autosave.failed(Autosave.Failure.REFUSED, e.getMessage());
        } catch (NotFoundException e) {
            autosave.failed(Autosave.Failure.REMOVED, "this section was removed by someone else");
        } catch (AuthenticationException e) {
            autosave.failed(Autosave.Failure.LOGGED_OUT, "you are logged out");
        } catch (RuntimeException e) {
            autosave.failed(Autosave.Failure.PASSING, "retrying");
            scheduleRetry();
        }
        changed();
    }

    /** Someone else saved {@code text} (version {@code version}); shown unless this field keeps its own for now. */
    void remote(long version, String text) {
        autosave.remote(version, text).ifPresent(this::show);
        changed();
    }

    /** The section this field belongs to was removed by someone else. */
    void removed() {
        autosave.removed();
        changed();
    }

    /** The section this field belongs to was brought back: saves go on from there. */
    void restored(long version, String text) {
        autosave.restored(version, text);
        changed();
    }

    private void show(String text) {
        field.setValue(text);
        onShown.accept(text);
    }

    /**
     * Puts a merged text into the field and keeps the person's cursor (and selection) where it was, moved through the
     * merge: the browser remembers where the cursor was in the text it had sent ({@link #installGuards}), and maps it
     * through the changes the merge brought in, as {@link Autosave#mapOffset} does.
     */
    private void showMerged(String sent, String merged) {
        show(merged);
        field.getElement().executeJs("""
                const t = this.inputElement; const c = this.casebookCaret;
                if (t && c && c.v === $0) {
                  const e = $1 ? $1.split(',').map(Number) : [];
                  const map = o => {
                    let shift = 0;
                    for (let i = 0; i < e.length; i += 3) {
                      const s = e[i], en = e[i + 1], r = e[i + 2];
                      if (en <= o && !(s === en && s === o)) { shift += r - (en - s); }
                      else if (s < o && o < en) { return Math.min(s + shift + r, t.value.length); }
                    }
                    return Math.max(0, Math.min(o + shift, t.value.length));
                  };
                  t.setSelectionRange(map(c.s), map(c.e));
                  this.casebookCaret = {s: t.selectionStart, e: t.selectionEnd, v: t.value};
                }""", sent, Autosave.edits(sent, merged));
    }

    private void openConflict() {
        Optional<Autosave.Conflict> conflict = autosave.conflict();
        if (conflict.isEmpty()) {
            return;
        }
        if (dialog != null && dialog.isOpened()) {
            dialog.close();
        }
        dialog = new ConflictDialog(what, conflict.get().theirText(), autosave.text(), chosen -> {
            field.setValue(chosen);
            onShown.accept(chosen);
            autosave.resolve(chosen).ifPresent(save -> send(save, true));
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                autosave.conflictDismissed();
                changed();
            }
        });
        dialog.open();
    }

    /**
     * Tries the save again a few seconds later, as the same person: the retry runs outside the request that failed,
     * so the login is carried over explicitly (services check it on every call).
     */
    private void scheduleRetry() {
        UI ui = UI.getCurrent();
        if (ui == null || retryScheduled) {
            return;
        }
        retryScheduled = true;
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS).execute(() -> ui.access(() -> {
            retryScheduled = false;
            if (!autosave.retryDue() || !field.isAttached()) {
                return;
            }
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(who);
            SecurityContextHolder.setContext(context);
            try {
                save();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
    }

    private void changed() {
        boolean conflict = autosave.conflict().isPresent();
        showResolveButton(conflict);
        if (field instanceof HasValidation v && showsOwnErrors) {
            String error = error();
            v.setInvalid(error != null);
            if (error != null) {
                v.setErrorMessage(error);
            }
        }
        onChange.run();
    }

    private boolean showsOwnErrors;

    /** Shows failures and conflicts as the field's error message (for fields without a status line). */
    void showErrorsOnField() {
        this.showsOwnErrors = true;
    }

    /** The field's error message for its state, or null when there is none. */
    private String error() {
        return switch (autosave.state()) {
            case REFUSED -> autosave.reason() + " Not saved.";
            case RETRYING -> "Not saved — retrying.";
            case LOGGED_OUT -> "Not saved — you are logged out. Your text is kept here; log in again to save it.";
            case REMOVED -> "Not saved — removed by someone else.";
            case CONFLICT -> "Someone else changed this meanwhile: \"" + autosave.conflict().map(
                    Autosave.Conflict::theirText).orElse("") + "\". Choose what to keep.";
            default -> null;
        };
    }

    /** The status line for this field's state, e.g. "Saved 14:05" or "Not saved — retrying". */
    String status() {
        return switch (autosave.state()) {
            case SAVED -> savedAt == null ? "" : "Saved " + Format.time(savedAt);
            case MERGED -> "Saved " + Format.time(savedAt) + " — merged with another change";
            case UNSAVED -> "Not saved yet";
            case SAVING -> "Saving…";
            case CONFLICT -> "Conflict — choose what to keep";
            case RETRYING -> "Not saved — retrying";
            case REFUSED -> "Not saved — " + autosave.reason();
            case LOGGED_OUT -> "Not saved — you are logged out. Your text is kept here; log in again to save it.";
            case REMOVED -> "Not saved — this section was removed by someone else";
        };
    }

    /** How much the status needs the person's attention: 0 saved … higher is worse. */
    int severity() {
        return switch (autosave.state()) {
            case SAVED -> 0;
            case MERGED -> 1;
            case UNSAVED -> 2;
            case SAVING -> 3;
            case RETRYING -> 4;
            case REFUSED -> 5;
            case CONFLICT -> 6;
            case REMOVED -> 7;
            case LOGGED_OUT -> 8;
        };
    }

    /** "saved", "saving" or "error", for the status line's {@code data-state}. */
    String statusKind() {
        return switch (autosave.state()) {
            case SAVED, MERGED -> "saved";
            case UNSAVED, SAVING -> "saving";
            default -> "error";
        };
    }

    /**
     * Arms a "leave page?" warning as soon as the person types (client-side {@code input} events), for as long as
     * the server has not confirmed the text as saved; and remembers where the cursor is, for {@link #showMerged}.
     * Inline JavaScript only: no npm build.
     */
    private void installGuards(UI ui) {
        ui.getPage().executeJs("""
                if (!window.casebookUnsaved) {
                  window.casebookUnsaved = new Set();
                  window.addEventListener('beforeunload', e => {
                    if (window.casebookUnsaved.size > 0) { e.preventDefault(); e.returnValue = ''; }
                  });
                }""");
        field.getElement().executeJs("""
                if (!this.casebookGuarded) {
                  this.casebookGuarded = true;
                  const draft = 'casebook-draft:' + location.pathname + ':' + $0;
                  this.addEventListener('input', () => {
                    window.casebookUnsaved && window.casebookUnsaved.add($0);
                    try { localStorage.setItem(draft, this.value || ''); } catch (e) { /* full or disabled */ }
                  });
                  const remember = () => {
                    const t = this.inputElement;
                    if (t) { this.casebookCaret = {s: t.selectionStart, e: t.selectionEnd, v: t.value}; }
                  };
                  ['input', 'keyup', 'mouseup', 'focusin', 'select'].forEach(n => this.addEventListener(n, remember));
                }""", key);
        field.getElement().executeJs("""
                try { return localStorage.getItem('casebook-draft:' + location.pathname + ':' + $0); }
                catch (e) { return null; }""", key).then(String.class, this::offerDraft);
    }

    /**
     * Text this person typed here earlier that the server never confirmed (the login ended, the tab was closed, the
     * browser crashed) is kept in the browser; when the page opens again it is offered back, never applied unasked.
     */
    void offerDraft(String draft) {
        if (draft == null || draft.equals(field.getValue()) || !field.isAttached() || field.isReadOnly()) {
            return;
        }
        com.vaadin.flow.component.notification.Notification n = new com.vaadin.flow.component.notification.Notification();
        n.setId("draft-" + key);
        n.setDuration(0);
        n.setPosition(com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        Button back = new Button("Put it back", e -> {
            n.close();
            field.setValue(draft);
            onShown.accept(draft);
            autosave.typed(draft);
            save();
        });
        back.setId("draft-restore-" + key);
        Button discard = new Button("Discard", e -> {
            n.close();
            field.getElement().executeJs(
                    "try { localStorage.removeItem('casebook-draft:' + location.pathname + ':' + $0); } catch (e) { }",
                    key);
        });
        discard.setId("draft-discard-" + key);
        String preview = draft.length() > 200 ? draft.substring(0, 200) + "…" : draft;
        n.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(new com.vaadin.flow.component.html.Span(
                "Text you typed in " + what + " was not saved (you were logged out or the page closed): \""
                        + preview + "\""), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(back, discard)));
        n.open();
    }

    /**
     * A burst of typing ended with {@code browserText} in the browser. When that is the text the server has (the
     * burst left it as it was), typing has stopped: what others saved meanwhile is shown and the unsaved-text warning
     * is disarmed. Otherwise the browser's value is on its way and its save ends the typing.
     */
    void burstEnded(String browserText) {
        if (autosave.isTyping() && field.getValue().equals(browserText)) {
            autosave.typingStopped().ifPresent(this::show);
            save();
        }
    }

    /**
     * Disarms the warning once the server has saved the text the browser shows. The browser compares the hash of
     * its current text with the saved one's, so text typed while the save was on its way stays guarded.
     */
    private void confirmSaved() {
        if (autosave.hasUnsavedText()) {
            return;
        }
        field.getElement().executeJs("""
                let h = 0;
                const v = this.value || '';
                for (let i = 0; i < v.length; i++) { h = (Math.imul(31, h) + v.charCodeAt(i)) | 0; }
                if (h === $0 && window.casebookUnsaved) { window.casebookUnsaved.delete($1); }
                if (h === $0) { try { localStorage.removeItem('casebook-draft:' + location.pathname + ':' + $1); } catch (e) { } }""",
                autosave.text().hashCode(), key);
    }
}
