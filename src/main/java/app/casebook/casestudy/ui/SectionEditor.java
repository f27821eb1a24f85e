package app.casebook.casestudy.ui;

import app.casebook.base.ui.Format;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.text.MarkdownRenderer;
import app.casebook.casestudy.CaseStudyImporter;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Limits;
import app.casebook.casestudy.QualityChecks;
import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.Section;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One section in the editor: heading, Markdown text with a live preview, the template's guidance while it is not
 * yet replaced, its quality issues and its save state. Saves by itself a moment after typing stops; while typed
 * text is not yet confirmed saved, the browser warns before the page is left.
 */
public class SectionEditor extends Composite<VerticalLayout> implements SectionHandle {

    static final int AUTOSAVE_MILLIS = 1000;
    private static final long RETRY_SECONDS = 5;

    private final CaseStudyService caseStudies;
    private final long sectionId;
    private final boolean canEdit;
    private long baseRevisionId;
    private final TextField heading = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Div guidance = new Div();
    private final Span status = new Span();
    private final UnorderedList quality = new UnorderedList();
    private final Div badges = new Div();
    private final String guidanceText;
    private final Span editors = new Span();
    private String savedHeading;
    private boolean dirty;
    private Runnable onSaved = () -> { };
    private boolean focused;
    private Section pendingRemote;
    private Consumer<Long> editingListener = id -> { };

    SectionEditor(CaseStudyService caseStudies, Section section, boolean canEdit, Consumer<SectionEditor> onRemove,
                  Consumer<Integer> onMove, List<SectionAction> actions) {
        this.caseStudies = caseStudies;
        this.sectionId = section.id();
        this.canEdit = canEdit;
        this.baseRevisionId = section.revisionId();
        this.guidanceText = section.guidance();
        this.savedHeading = section.heading();

        VerticalLayout root = getContent();
        root.addClassName("section-editor");
        root.setId("section-" + sectionId);
        root.setPadding(false);

        heading.setId("heading-" + sectionId);
        heading.setValue(section.heading());
        heading.setAriaLabel("Section heading");
        heading.addClassName("section-heading");
        heading.setReadOnly(!canEdit);
        heading.setValueChangeMode(ValueChangeMode.ON_BLUR);
        heading.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveHeading(e.getValue());
            }
        });

        Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", "move-up-" + sectionId, () -> onMove.accept(-1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", "move-down-" + sectionId, () -> onMove.accept(1));
        Button remove = iconButton(VaadinIcon.TRASH, "Remove section", "remove-" + sectionId, () -> onRemove.accept(this));
        up.setVisible(canEdit);
        down.setVisible(canEdit);
        remove.setVisible(canEdit);
        editors.setId("editing-" + sectionId);
        editors.addClassName("editing-badge");
        editors.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(heading, editors, status, up, down, remove);
        for (SectionAction action : actions) {
            top.add(iconButton(action.icon(), action.label(), action.idPrefix() + sectionId,
                    () -> action.onClick().accept(this)));
        }
        top.setWidthFull();
        top.addClassName("section-top");
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(heading);

        status.setId("status-" + sectionId);
        status.addClassName("save-status");

        guidance.addClassName("guidance");
        guidance.setId("guidance-" + sectionId);

        body.setId("body-" + sectionId);
        body.setLabel(section.heading());
        body.setValue(section.body());
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setReadOnly(!canEdit);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(AUTOSAVE_MILLIS);
        body.addValueChangeListener(e -> {
            renderPreview(e.getValue());
            if (e.isFromClient()) {
                dirty = true;
                save(e.getValue());
            }
        });

        body.addFocusListener(e -> {
            focused = true;
            editingListener.accept(sectionId);
        });
        body.addBlurListener(e -> {
            focused = false;
            editingListener.accept(null);
            if (!dirty && pendingRemote != null) {
                Section remote = pendingRemote;
                pendingRemote = null;
                showSaved(remote);
            }
        });

        preview.addClassName("preview");
        preview.setId("preview-" + sectionId);
        // Text and preview share one CSS grid; the page's writing mode (data-writing-mode on #sections) arranges them.
        Div editAndPreview = new Div(body, preview);
        editAndPreview.addClassName("edit-and-preview");
        body.addClassName("section-text");

        quality.setId("quality-" + sectionId);
        quality.addClassName("quality-list");
        quality.setVisible(false);
        badges.addClassName("section-badges");
        badges.setVisible(false);

        root.add(top, badges, guidance, editAndPreview, quality);
        if (canEdit) {
            addAttachListener(e -> installUnsavedTextGuard(e.getUI()));
        }
        renderPreview(section.body());
        status.setText(section.updatedAt() == null ? "" : "Saved " + Format.time(section.updatedAt()));
    }

    @Override
    public long sectionId() {
        return sectionId;
    }

    @Override
    public String heading() {
        return savedHeading;
    }

    @Override
    public void readSelection(SerializableConsumer<TextSelection> then) {
        body.getElement().executeJs(
                        "const t = this.inputElement; return t ? t.selectionStart + ',' + t.selectionEnd : '0,0';")
                .then(String.class, range -> {
                    String text = body.getValue();
                    String[] parts = range.split(",", 2);
                    int start = clamp(Integer.parseInt(parts[0]), text.length());
                    int end = clamp(Integer.parseInt(parts[1]), text.length());
                    then.accept(new TextSelection(Math.min(start, end), Math.max(start, end),
                            text.substring(Math.min(start, end), Math.max(start, end))));
                });
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }

    /** Scrolls this section into view and puts the cursor in its text. */
    void focusText() {
        getElement().scrollIntoView();
        body.focus();
    }

    /** Fired after a save stored a revision of this section, so the page can show it in the history. */
    public static class SavedEvent extends ComponentEvent<SectionEditor> {
        SavedEvent(SectionEditor source) {
            super(source, false);
        }
    }

    public Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
        return addListener(SavedEvent.class, listener);
    }

    @Override
    public String text() {
        return body.getValue();
    }

    public boolean hasUnsavedText() {
        return dirty;
    }

    /** Runs after each save this person made (text or heading), e.g. to check the quality again. */
    void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    /** Shows the quality issues of this section in a small list under it; hidden when there are none. */
    void showIssues(List<QualityChecks.Issue> issues) {
        quality.removeAll();
        for (QualityChecks.Issue issue : issues) {
            ListItem item = new ListItem(issue.message());
            item.addClassName("quality-issue");
            item.getElement().setAttribute("data-kind", issue.kind().name());
            quality.add(item);
        }
        quality.setVisible(!issues.isEmpty());
    }

    /** Adds a small notice next to the heading, e.g. "Changed by Riley since your last visit". */
    void addBadge(Component badge) {
        badges.add(badge);
        badges.setVisible(true);
    }

    /** Called with this section's id when the person starts editing it, and with null when they leave it. */
    void setEditingListener(Consumer<Long> listener) {
        this.editingListener = listener;
    }

    /** Shows who else is editing this section right now. */
    void showEditors(java.util.List<String> names) {
        editors.setVisible(!names.isEmpty());
        editors.setText(names.isEmpty() ? "" : String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " editing");
    }

    /**
     * Shows a text someone else saved. While this person is typing in the section it is left alone: their next
     * save is merged with it on the server, so neither change is lost.
     */
    void showSaved(Section section) {
        if (dirty || focused) {
            pendingRemote = section;
            return;
        }
        pendingRemote = null;
        baseRevisionId = section.revisionId();
        if (!section.body().equals(body.getValue())) {
            body.setValue(section.body());
        }
        if (!section.heading().equals(heading.getValue())) {
            heading.setValue(section.heading());
            body.setLabel(section.heading());
            savedHeading = section.heading();
        }
    }

    private void renderPreview(String text) {
        preview.removeAll();
        preview.add(new Html(MarkdownRenderer.toHtml(text)));
        boolean showGuidance = guidanceText != null && !guidanceText.isBlank()
                && (text.isBlank() || CaseStudyImporter.hasPlaceholder(text));
        guidance.setText(showGuidance ? guidanceText : "");
        guidance.setVisible(showGuidance);
        int length = text.length();
        if (length > Limits.BODY) {
            body.setInvalid(true);
            body.setErrorMessage(String.format(Locale.ENGLISH, "Too long: %,d of at most %,d characters. Shorten it to save.",
                    length, Limits.BODY));
        } else {
            body.setInvalid(false);
        }
        body.setHelperText(length > Limits.BODY * 9 / 10 && length <= Limits.BODY
                ? String.format("%,d of at most %,d characters", length, Limits.BODY) : null);
    }

    void save(String text) {
        if (text.length() > Limits.BODY) {
            setStatus("Not saved — too long", "error");
            return;
        }
        setStatus("Saving…", "saving");
        try {
            SaveResult result = caseStudies.saveSectionText(sectionId, baseRevisionId, text);
            baseRevisionId = result.revisionId();
            fireEvent(new SavedEvent(this));
            switch (result) {
                case SaveResult.Saved saved -> {
                    if (saved.text().equals(body.getValue())) {
                        dirty = false;
                    }
                    setStatus("Saved " + Format.time(Instant.now()), "saved");
                    confirmSaved(saved.text());
                }
                case SaveResult.Merged merged -> {
                    body.setValue(merged.text());
                    dirty = false;
                    setStatus("Saved " + Format.time(Instant.now()) + " — merged with another change", "saved");
                    confirmSaved(merged.text());
                }
                case SaveResult.Conflict conflict -> {
                    setStatus("Conflict — choose what to keep", "error");
                    new ConflictDialog(conflict.theirText(), conflict.myText(), resolved -> {
                        body.setValue(resolved);
                        save(resolved);
                    }).open();
                }
            }
        } catch (InvalidInputException | AccessDeniedException e) {
            setStatus("Not saved — " + e.getMessage(), "error");
        } catch (NotFoundException e) {
            setStatus("Not saved — this section was removed by someone else", "error");
        } catch (RuntimeException e) {
            setStatus("Not saved — retrying", "error");
            scheduleRetry();
        }
    }

    /**
     * Tries the save again a few seconds later, as the same person: the retry runs outside the request that failed,
     * so the login is carried over explicitly (services check it on every call).
     */
    private void scheduleRetry() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS).execute(() -> ui.access(() -> {
            if (!dirty || !isAttached()) {
                return;
            }
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(who);
            SecurityContextHolder.setContext(context);
            try {
                save(body.getValue());
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
    }

    private void saveHeading(String value) {
        try {
            caseStudies.renameSection(sectionId, value);
            fireEvent(new SavedEvent(this));
            savedHeading = value.strip();
            body.setLabel(savedHeading);
            heading.setInvalid(false);
            setStatus("Saved " + Format.time(Instant.now()), "saved");
            onSaved.run();
        } catch (InvalidInputException | AccessDeniedException e) {
            heading.setInvalid(true);
            heading.setErrorMessage(e.getMessage());
        }
    }

    /**
     * Arms a "leave page?" warning as soon as the person types (client-side {@code input} events), for as long as
     * the server has not confirmed the text as saved. Inline JavaScript only: no npm build.
     */
    private void installUnsavedTextGuard(UI ui) {
        ui.getPage().executeJs("""
                if (!window.casebookUnsaved) {
                  window.casebookUnsaved = new Set();
                  window.addEventListener('beforeunload', e => {
                    if (window.casebookUnsaved.size > 0) { e.preventDefault(); e.returnValue = ''; }
                  });
                }""");
        body.getElement().executeJs("""
                if (!this.casebookGuarded) {
                  this.casebookGuarded = true;
                  this.addEventListener('input', () => window.casebookUnsaved && window.casebookUnsaved.add($0));
                }""", String.valueOf(sectionId));
    }

    /**
     * Disarms the warning once the server has saved the text the browser shows. The browser compares the hash of
     * its current text with the saved one's, so text typed while the save was on its way stays guarded.
     */
    private void confirmSaved(String savedText) {
        onSaved.run();
        if (!dirty) {
            body.getElement().executeJs("""
                    let h = 0;
                    const v = this.value || '';
                    for (let i = 0; i < v.length; i++) { h = (Math.imul(31, h) + v.charCodeAt(i)) | 0; }
                    if (h === $0 && window.casebookUnsaved) { window.casebookUnsaved.delete($1); }""",
                    savedText.hashCode(), String.valueOf(sectionId));
        }
    }

    private void setStatus(String text, String kind) {
        status.setText(text);
        status.getElement().setAttribute("data-state", kind);
    }

    private static Button iconButton(VaadinIcon icon, String label, String id, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.setId(id);
        return b;
    }
}
