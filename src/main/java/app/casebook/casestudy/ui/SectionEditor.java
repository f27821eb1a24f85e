package app.casebook.casestudy.ui;

import app.casebook.base.text.MarkdownRenderer;
import app.casebook.base.text.PreviewSelection;
import app.casebook.base.ui.Notifications;
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
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One section in the editor: heading, Markdown text with a live preview, the template's guidance while it is not
 * yet replaced, its quality issues and its save state. Saves by itself a moment after typing stops; while typed
 * text is not yet confirmed saved, the browser warns before the page is left.
 */
public class SectionEditor extends Composite<VerticalLayout> implements SectionHandle {

    static final int AUTOSAVE_MILLIS = 1000;
    private final CaseStudyService caseStudies;
    private final long sectionId;
    private final boolean canEdit;
    private final TextField heading = new TextField();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final Span status = new Span();
    private final String guidanceText;
    private final HorizontalLayout top;
    /*
     * The parts below are built when first shown, at their place in the section ({@link #parts}), and hidden, not
     * removed, when no longer needed: in most sections of most open editors they are never shown, and every element
     * kept for nothing costs heap in every open editor session (issue 14: at most 500 KB per session).
     */
    private static final int TOP = 0;
    private static final int BADGES = 1;
    private static final int CONFLICT = 2;
    private static final int REMOVED = 3;
    private static final int GUIDANCE = 4;
    private static final int TEXT = 5;
    private static final int QUALITY = 6;
    /** The section's parts in their order on the page: heading row, badges, notices, guidance, text, quality. */
    private final Component[] parts = new Component[7];
    private Div guidance;
    private UnorderedList quality;
    private Div badges;
    private Span editors;
    private Div conflictNotice;
    private Div removedNotice;
    private final FieldSaver bodySaver;
    private final FieldSaver headingSaver;
    private Runnable onSaved = () -> { };
    private Consumer<Long> editingListener = id -> { };

    SectionEditor(CaseStudyService caseStudies, Section section, boolean canEdit, Consumer<SectionEditor> onRemove,
                  Consumer<Integer> onMove, List<SectionAction> actions) {
        this.caseStudies = caseStudies;
        this.sectionId = section.id();
        this.canEdit = canEdit;
        this.guidanceText = section.guidance();

        VerticalLayout root = getContent();
        root.addClassName("section-editor");
        root.setId("section-" + sectionId);
        root.setPadding(false);

        heading.setId("heading-" + sectionId);
        heading.setValue(section.heading());
        heading.setAriaLabel("Section heading");
        heading.addClassName("section-heading");
        heading.setReadOnly(!canEdit);
        heading.setValueChangeMode(ValueChangeMode.LAZY);
        heading.setValueChangeTimeout(AUTOSAVE_MILLIS);
        headingSaver = new FieldSaver(heading, "heading-" + sectionId, "this heading",
                new Autosave(0, section.heading(), String::strip), new FieldSaver.Server() {
                    @Override
                    public SaveResult save(Autosave.Save save) {
                        return caseStudies.renameSection(sectionId, save.baseText(), save.text());
                    }

                    @Override
                    public SaveResult resolve(Autosave.Save save) {
                        return caseStudies.resolveHeadingConflict(sectionId, save.baseText(), save.text());
                    }
                }, canEdit, section.updatedAt());
        headingSaver.showErrorsOnField();
        bodySaver = new FieldSaver(body, "body-" + sectionId, "this passage",
                new Autosave(section.revisionId(), section.body()), new FieldSaver.Server() {
                    @Override
                    public SaveResult save(Autosave.Save save) {
                        return caseStudies.saveSectionText(sectionId, save.baseVersion(), save.text());
                    }

                    @Override
                    public SaveResult resolve(Autosave.Save save) {
                        return caseStudies.resolveSectionConflict(sectionId, save.baseVersion(), save.text());
                    }
                }, canEdit, section.updatedAt());
        bodySaver.setCheck(text -> text.length() > Limits.BODY ? "too long" : null);
        for (FieldSaver saver : List.of(bodySaver, headingSaver)) {
            saver.setOnChange(this::showStatus);
            saver.setOnSaved(() -> {
                body.setLabel(heading());
                fireEvent(new SavedEvent(this));
                onSaved.run();
            });
        }

        Button up = iconButton(VaadinIcon.ARROW_UP, "Move up", "move-up-" + sectionId, () -> onMove.accept(-1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", "move-down-" + sectionId, () -> onMove.accept(1));
        Button remove = iconButton(VaadinIcon.TRASH, "Remove section", "remove-" + sectionId, () -> onRemove.accept(this));
        up.setVisible(canEdit);
        down.setVisible(canEdit);
        remove.setVisible(canEdit);
        top = new HorizontalLayout(heading, status, up, down, remove);
        // The text's button right after the status, the heading's after it, whichever conflict builds its first.
        bodySaver.placeResolveButtonAfter(() -> status);
        headingSaver.placeResolveButtonAfter(
                () -> bodySaver.builtResolveButton().<Component>map(b -> b).orElse(status));
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

        body.setId("body-" + sectionId);
        body.setLabel(section.heading());
        body.setValue(section.body());
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setReadOnly(!canEdit);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(AUTOSAVE_MILLIS);
        body.addValueChangeListener(e -> renderPreview(e.getValue()));

        body.addFocusListener(e -> editingListener.accept(sectionId));
        body.addBlurListener(e -> editingListener.accept(null));

        preview.addClassName("preview");
        preview.setId("preview-" + sectionId);
        // Text and preview share one CSS grid; the page's writing mode (data-writing-mode on #sections) arranges them.
        Div editAndPreview = new Div(body, preview);
        editAndPreview.addClassName("edit-and-preview");
        body.addClassName("section-text");

        place(TOP, top);
        place(TEXT, editAndPreview);
        renderPreview(section.body());
        showStatus();
    }

    @Override
    public long sectionId() {
        return sectionId;
    }

    @Override
    public String heading() {
        return headingSaver.autosave().baseText();
    }

    /**
     * Words selected in this section's preview (the browser's document selection, both ends inside the preview):
     * "P", where the selection begins in the preview's text (0–1), a line feed and the selected text; otherwise the
     * text area's selection as "start,end".
     */
    private static final String READ_SELECTION = """
            const sel = window.getSelection();
            const p = document.getElementById('preview-' + $0);
            if (sel && !sel.isCollapsed && sel.rangeCount && p && p.contains(sel.anchorNode) && p.contains(sel.focusNode)) {
              const r = document.createRange();
              r.setStart(p, 0);
              r.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
              const total = Math.max(1, p.textContent.length);
              return 'P' + (r.toString().length / total) + '\\n' + sel.toString();
            }
            const t = this.inputElement;
            return t ? t.selectionStart + ',' + t.selectionEnd : '0,0';""";

    @Override
    public void readSelection(SerializableConsumer<TextSelection> then) {
        body.getElement().executeJs(READ_SELECTION, String.valueOf(sectionId)).then(String.class, result -> {
            String text = body.getValue();
            if (result.startsWith("P")) {
                int newline = result.indexOf('\n');
                double at = parseFraction(result.substring(1, Math.max(1, newline)));
                Optional<PreviewSelection.Range> range = PreviewSelection.find(text, result.substring(newline + 1), at);
                if (range.isEmpty()) {
                    Notifications.error("These words could not be matched to the section's text; select them in the "
                            + "text instead.");
                    return;
                }
                int start = range.get().start();
                int end = range.get().end();
                then.accept(new TextSelection(start, end, text.substring(start, end)));
                return;
            }
            String[] parts = result.split(",", 2);
            int start = clamp(Integer.parseInt(parts[0]), text.length());
            int end = clamp(Integer.parseInt(parts[1]), text.length());
            then.accept(new TextSelection(Math.min(start, end), Math.max(start, end),
                    text.substring(Math.min(start, end), Math.max(start, end))));
        });
    }

    private static double parseFraction(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
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

    /** Whether this section holds text (or a heading) the server has not confirmed, or is being typed in. */
    public boolean hasUnsavedText() {
        return bodySaver.autosave().hasUnsavedText() || headingSaver.autosave().hasUnsavedText() || isBeingTypedIn();
    }

    /** Whether the person is typing in this section's text or heading right now. */
    boolean isBeingTypedIn() {
        return bodySaver.autosave().isTyping() || headingSaver.autosave().isTyping();
    }

    /** Runs after each save this person made (text or heading), e.g. to check the quality again. */
    void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    /** Shows the quality issues of this section in a small list under it; hidden when there are none. */
    void showIssues(List<QualityChecks.Issue> issues) {
        if (quality == null) {
            if (issues.isEmpty()) {
                return;
            }
            quality = place(QUALITY, named(new UnorderedList(), "quality-", "quality-list"));
        }
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
        if (badges == null) {
            badges = place(BADGES, named(new Div(), null, "section-badges"));
        }
        badges.add(badge);
        badges.setVisible(true);
    }

    /** Called with this section's id when the person starts editing it, and with null when they leave it. */
    void setEditingListener(Consumer<Long> listener) {
        this.editingListener = listener;
    }

    /** Shows who else is editing this section right now. */
    void showEditors(java.util.List<String> names) {
        if (editors == null) {
            if (names.isEmpty()) {
                return;
            }
            editors = named(new Span(), "editing-", "editing-badge");
            top.addComponentAtIndex(1, editors);
        }
        editors.setVisible(!names.isEmpty());
        editors.setText(names.isEmpty() ? "" : String.join(", ", names) + (names.size() == 1 ? " is" : " are")
                + " editing");
    }

    /**
     * Shows a text or heading someone else saved. While this person is typing in the field, or it holds their unsaved
     * text, it is left alone: their next save is merged with it on the server, so neither change is lost
     * ({@link Autosave}).
     */
    void showSaved(Section section) {
        bodySaver.remote(section.revisionId(), section.body());
        headingSaver.remote(0, section.heading());
        body.setLabel(heading());
    }

    /**
     * Someone else removed this section while this person has unsaved text in it (or types in it): the text stays
     * here, nothing more is sent, and the section offers to come back with it or to copy it.
     */
    void markRemoved(Runnable restore) {
        bodySaver.removed();
        headingSaver.removed();
        if (removedNotice == null) {
            removedNotice = place(REMOVED, named(new Div(), "removed-", "conflict-notice"));
        }
        removedNotice.removeAll();
        Button bringBack = new Button("Restore the section with your text", e -> restore.run());
        bringBack.setId("restore-removed-" + sectionId);
        Button copy = new Button("Copy your text", e -> body.getElement().executeJs(
                "const t = this.inputElement; if (t) { t.focus(); t.select(); }"
                        + " if (navigator.clipboard) { navigator.clipboard.writeText(this.value || ''); }"));
        copy.setId("copy-removed-" + sectionId);
        removedNotice.add(new Span("Someone else removed this section. Your text is kept here, not saved. "),
                bringBack, copy);
        removedNotice.setVisible(true);
        showStatus();
    }

    /** Whether this section is shown only because someone removed it while this person had unsaved text in it. */
    boolean isMarkedRemoved() {
        return removedNotice != null && removedNotice.isVisible();
    }

    /** The section is back (restored by someone): saves go on from its current text. */
    void restored(Section section) {
        bodySaver.restored(section.revisionId(), section.body());
        headingSaver.restored(0, section.heading());
        if (removedNotice != null) {
            removedNotice.removeAll();
            removedNotice.setVisible(false);
        }
        showStatus();
    }

    /** Sends what the rules ask to save now (e.g. the kept text of a section just brought back). */
    void saveNow() {
        headingSaver.save();
        bodySaver.save();
    }

    /** Shows the status of the field that needs the person's attention most. */
    private void showStatus() {
        FieldSaver worst = bodySaver.severity() >= headingSaver.severity() ? bodySaver : headingSaver;
        setStatus(worst.status(), worst.statusKind());
        Optional<Autosave.Conflict> conflict = bodySaver.autosave().conflict();
        if (conflictNotice == null) {
            if (conflict.isEmpty()) {
                return;
            }
            conflictNotice = place(CONFLICT, named(new Div(), "conflict-", "conflict-notice"));
        }
        conflictNotice.setVisible(conflict.isPresent());
        conflictNotice.setText(conflict.map(c -> "Someone else changed the same passage; their text is saved, yours "
                + "is kept here until you choose. Their text: " + c.theirText()).orElse(""));
    }

    private void renderPreview(String text) {
        // The sanitised HTML as the preview's content (one element, not a component of its own per render).
        preview.getElement().setProperty("innerHTML", MarkdownRenderer.toHtml(text));
        boolean showGuidance = guidanceText != null && !guidanceText.isBlank()
                && (text.isBlank() || CaseStudyImporter.hasPlaceholder(text));
        if (guidance == null && showGuidance) {
            guidance = place(GUIDANCE, named(new Div(), "guidance-", "guidance"));
        }
        if (guidance != null) {
            guidance.setText(showGuidance ? guidanceText : "");
            guidance.setVisible(showGuidance);
        }
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

    /** Puts a part of the section at its place: after the parts before it in {@link #parts} that exist. */
    private <T extends Component> T place(int index, T part) {
        parts[index] = part;
        int at = 0;
        for (int i = 0; i < index; i++) {
            if (parts[i] != null) {
                at++;
            }
        }
        getContent().addComponentAtIndex(at, part);
        return part;
    }

    /** A part with the CSS class {@code className} and the id {@code idPrefix} + this section's id (none if null). */
    private <T extends Component & HasStyle> T named(T part, String idPrefix, String className) {
        if (idPrefix != null) {
            part.setId(idPrefix + sectionId);
        }
        part.addClassName(className);
        return part;
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
