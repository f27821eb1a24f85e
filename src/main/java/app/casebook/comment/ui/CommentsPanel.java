package app.casebook.comment.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Format;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.ui.SectionHandle.TextSelection;
import app.casebook.comment.ApplyResult;
import app.casebook.comment.Comment;
import app.casebook.comment.CommentService;
import app.casebook.comment.CommentThread;
import app.casebook.comment.Passage;
import app.casebook.comment.ResolutionStep;
import app.casebook.membership.Member;
import app.casebook.membership.MemberService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The "Comments" side panel of the editor: the case study's threads grouped by section, filters, a form for a new
 * thread (on a section or a selected passage, optionally with a suggested change), and the selected thread with its
 * comments, reply field and actions. Refreshed from live events without touching what the person is typing: the
 * form and the reply field are never rebuilt, only the lists around them.
 */
class CommentsPanel extends VerticalLayout {

    enum Filter {
        OPEN("Open"), RESOLVED("Resolved"), OUTDATED("Outdated"), MINE("Mine"), MENTIONING_ME("Mentioning me"),
        ALL("All");

        final String label;

        Filter(String label) {
            this.label = label;
        }
    }

    /** Where the panel reaches the editor: go to a section, highlight a passage, reload texts, count badges. */
    interface Editor {
        void goToSection(long sectionId);

        void highlight(long sectionId, String passage);

        void reload();

        void showCounts(Map<Long, Integer> openThreadsPerSection);
    }

    private final CommentService comments;
    private final MemberService members;
    private final long caseStudyId;
    private final long me;
    private final MemberRole role;
    private final Editor editor;

    private RadioButtonGroup<Filter> filter;
    private Span summary;
    private Div list;

    // The form for a new thread.
    private VerticalLayout form;
    private Span formTitle;
    private Div formQuote;
    private TextArea commentField;
    private TextArea suggestionField;
    private Div commentMentions;
    private long formSectionId;
    private Passage formPassage;

    // The selected thread.
    private VerticalLayout detail;
    private Div detailBody;
    private TextArea replyField;
    private Div replyMentions;
    private Button replySubmit;
    private HorizontalLayout detailActions;
    private Div confirm;
    private Long selectedThread;

    private List<CommentThread> threads = List.of();
    private List<Member> people;

    CommentsPanel(CommentService comments, MemberService members, long caseStudyId, long me, MemberRole role,
                  Editor editor) {
        this.comments = comments;
        this.members = members;
        this.caseStudyId = caseStudyId;
        this.me = me;
        this.role = role;
        this.editor = editor;
        setId("comments-panel");
        addClassName("comments-panel");
        setPadding(false);
    }

    /**
     * Builds the panel's content the first time it is needed (shown, or a thread started): a panel never opened
     * costs no forms (issue 14, heap per editor).
     */
    private void build() {
        if (list != null) {
            return;
        }
        filter = new RadioButtonGroup<>();
        summary = new Span();
        list = new Div();
        form = new VerticalLayout();
        formTitle = new Span();
        formQuote = new Div();
        commentField = new TextArea("Comment");
        suggestionField = new TextArea("Suggested change (optional)");
        commentMentions = new Div();
        detail = new VerticalLayout();
        detailBody = new Div();
        replyField = new TextArea();
        replyMentions = new Div();
        replySubmit = new Button("Reply");
        detailActions = new HorizontalLayout();
        confirm = new Div();
        filter.setId("comments-filter");
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> f.label);
        filter.setValue(Filter.OPEN);
        filter.addValueChangeListener(e -> showList());
        summary.setId("comments-summary");
        summary.addClassName("comments-summary");

        buildForm();
        buildDetail();
        list.setId("comment-threads");
        list.addClassName("comment-threads");
        Paragraph hint = new Paragraph("Select words in a section and press Comment (Ctrl+Alt+M), or comment on a "
                + "whole section with its comment button.");
        hint.addClassName("comments-hint");
        add(filter, summary, form, detail, list, hint);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        build();
        refresh();
        comments.markRead(caseStudyId);
    }

    private void buildForm() {
        form.setId("new-thread");
        form.addClassName("new-thread");
        form.setPadding(false);
        form.setVisible(false);
        formQuote.addClassName("comment-quote");
        commentField.setId("comment-field");
        commentField.setWidthFull();
        commentField.setMaxLength(CommentService.MAX_COMMENT);
        commentField.setValueChangeMode(ValueChangeMode.LAZY);
        commentField.setValueChangeTimeout(150);
        commentField.setHelperText("Markdown; @name mentions a member.");
        commentField.addValueChangeListener(e -> suggestMentions(commentField, commentMentions));
        commentMentions.setId("comment-mentions");
        commentMentions.addClassName("mention-suggestions");
        suggestionField.setId("suggestion-field");
        suggestionField.setWidthFull();
        suggestionField.setMaxLength(CommentService.MAX_SUGGESTION);
        Button submit = new Button("Comment", e -> submitThread());
        submit.setId("comment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> closeForm());
        cancel.setId("comment-cancel");
        form.add(formTitle, formQuote, commentField, commentMentions, suggestionField, new HorizontalLayout(submit, cancel));
    }

    private void buildDetail() {
        detail.setId("thread-detail");
        detail.addClassName("thread-detail");
        detail.setPadding(false);
        detail.setVisible(false);
        replyField.setId("reply-field");
        replyField.setPlaceholder("Reply…");
        replyField.setWidthFull();
        replyField.setMaxLength(CommentService.MAX_COMMENT);
        replyField.setValueChangeMode(ValueChangeMode.LAZY);
        replyField.setValueChangeTimeout(150);
        replyField.addValueChangeListener(e -> suggestMentions(replyField, replyMentions));
        replyMentions.setId("reply-mentions");
        replyMentions.addClassName("mention-suggestions");
        replySubmit.setId("reply-submit");
        replySubmit.addClickListener(e -> submitReply());
        Button close = new Button("Close", e -> select(null));
        close.setId("thread-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        detailActions.addClassName("thread-actions");
        confirm.setId("suggestion-confirm");
        detail.add(detailBody, confirm, replyField, replyMentions, new HorizontalLayout(replySubmit, detailActions, close));
    }

    /** Starts a new thread on a section, on the selected words when there are any. */
    void startThread(long sectionId, String heading, String text, TextSelection selection) {
        build();
        formSectionId = sectionId;
        formPassage = selection == null || selection.isEmpty() ? null
                : new Passage(text, selection.start(), selection.end());
        formTitle.setText("New comment on " + heading);
        formQuote.removeAll();
        formQuote.setVisible(formPassage != null);
        if (formPassage != null) {
            formQuote.add(new Span(shorten(selection.text(), 300)));
        }
        suggestionField.setVisible(formPassage != null);
        suggestionField.clear();
        form.setVisible(true);
        commentField.focus();
    }

    private void closeForm() {
        form.setVisible(false);
        commentField.clear();
        suggestionField.clear();
        commentMentions.removeAll();
        formPassage = null;
    }

    private void submitThread() {
        try {
            long id = comments.openThread(formSectionId, formPassage, commentField.getValue(),
                    formPassage == null ? null : suggestionField.getValue());
            closeForm();
            selectedThread = id;
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void submitReply() {
        if (selectedThread == null) {
            return;
        }
        try {
            comments.reply(selectedThread, replyField.getValue());
            replyField.clear();
            replyMentions.removeAll();
            refresh();
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    /** Loads the threads again and shows them; typed text in the form and the reply field stays as it is. */
    void refresh() {
        build();
        threads = comments.threads(caseStudyId);
        editor.showCounts(openPerSection(threads));
        long openCount = threads.stream().filter(CommentThread::open).count();
        summary.setText(openCount + " open · " + (threads.size() - openCount) + " resolved");
        showList();
        showDetail();
    }

    /** The open threads per section, for the badges, without showing anything. */
    static Map<Long, Integer> openPerSection(List<CommentThread> threads) {
        Map<Long, Integer> open = new LinkedHashMap<>();
        threads.stream().filter(CommentThread::open).forEach(t -> open.merge(t.sectionId(), 1, Integer::sum));
        return open;
    }

    private boolean matches(CommentThread t, Filter f) {
        return switch (f) {
            case OPEN -> t.open();
            case RESOLVED -> !t.open();
            case OUTDATED -> t.outdated();
            case MINE -> t.createdBy() == me || t.comments().stream().anyMatch(c -> c.authorId() == me);
            case MENTIONING_ME -> t.mentioned().contains(me);
            case ALL -> true;
        };
    }

    private void showList() {
        list.removeAll();
        Filter f = Objects.requireNonNullElse(filter.getValue(), Filter.OPEN);
        Map<Long, List<CommentThread>> bySection = new LinkedHashMap<>();
        for (CommentThread t : threads) {
            if (matches(t, f)) {
                bySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(t);
            }
        }
        if (bySection.isEmpty()) {
            Paragraph none = new Paragraph(f == Filter.OPEN ? "No open threads." : "No threads here.");
            none.setId("comments-empty");
            list.add(none);
        }
        bySection.forEach((sectionId, sectionThreads) -> {
            Div group = new Div();
            group.addClassName("comment-section");
            group.setId("comment-section-" + sectionId);
            H4 heading = new H4(sectionThreads.getFirst().sectionHeading() + " (" + sectionThreads.size() + ")");
            Button goTo = new Button("Go to", e -> editor.goToSection(sectionId));
            goTo.setId("go-to-section-" + sectionId);
            goTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            HorizontalLayout top = new HorizontalLayout(heading, goTo);
            top.setAlignItems(Alignment.BASELINE);
            group.add(top);
            sectionThreads.forEach(t -> group.add(summaryOf(t)));
            list.add(group);
        });
    }

    private Div summaryOf(CommentThread t) {
        Div card = new Div();
        card.addClassName("comment-thread");
        card.getElement().setAttribute("data-thread-id", String.valueOf(t.id()));
        card.setId("thread-" + t.id());
        if (Objects.equals(selectedThread, t.id())) {
            card.addClassName("selected");
        }
        if (t.quote() != null) {
            card.add(quoteOf(t));
        }
        Comment first = t.comments().isEmpty() ? null : t.comments().getFirst();
        Span who = new Span(t.createdByName() + ": ");
        who.addClassName("comment-author");
        card.add(who, new Span(first == null || first.deleted() ? "comment deleted" : shorten(first.body(), 140)));
        List<String> tags = new ArrayList<>();
        if (t.comments().size() > 1) {
            tags.add((t.comments().size() - 1) + (t.comments().size() == 2 ? " reply" : " replies"));
        }
        if (!t.open()) {
            tags.add("resolved");
        }
        if (t.outdated()) {
            tags.add("outdated");
        }
        if (t.hasPendingSuggestion()) {
            tags.add("suggested change");
        }
        if (!tags.isEmpty()) {
            Span tagLine = new Span(" · " + String.join(" · ", tags));
            tagLine.addClassName("comment-tags");
            card.add(tagLine);
        }
        card.addClickListener(e -> select(t.id()));
        card.getElement().addEventListener("mouseenter", e -> highlight(t));
        return card;
    }

    private Div quoteOf(CommentThread t) {
        Div quote = new Div();
        quote.addClassName("comment-quote");
        if (t.outdated()) {
            quote.addClassName("outdated");
            Span flag = new Span("outdated");
            flag.addClassName("outdated-flag");
            quote.add(flag, new Span(" " + shorten(t.quote(), 200)));
        } else {
            quote.add(new Span(shorten(t.anchor().text() == null ? t.quote() : t.anchor().text(), 200)));
        }
        return quote;
    }

    private void highlight(CommentThread t) {
        if (t.quote() != null && !t.outdated()) {
            editor.highlight(t.sectionId(), t.anchor().text());
        }
    }

    /** Shows one thread in full (or none), keeping the reply field as it is when it stays on the same thread. */
    void select(Long threadId) {
        build();
        if (!Objects.equals(threadId, selectedThread)) {
            replyField.clear();
            replyMentions.removeAll();
        }
        selectedThread = threadId;
        confirm.removeAll();
        showList();
        showDetail();
        threads.stream().filter(t -> Objects.equals(t.id(), threadId)).findFirst().ifPresent(this::highlight);
    }

    private void showDetail() {
        CommentThread t = selectedThread == null ? null
                : threads.stream().filter(x -> x.id() == selectedThread).findFirst().orElse(null);
        detail.setVisible(t != null);
        detailBody.removeAll();
        detailActions.removeAll();
        if (t == null) {
            return;
        }
        detail.getElement().setAttribute("data-thread-id", String.valueOf(t.id()));
        detailBody.add(new H4("On " + t.sectionHeading()));
        if (t.quote() != null) {
            detailBody.add(quoteOf(t));
        }
        if (t.suggestion() != null) {
            Div suggestion = new Div(new Span("Suggested change: "), new Span(t.suggestion()));
            suggestion.addClassName("comment-suggestion");
            suggestion.setId("suggestion-" + t.id());
            if (t.suggestionState() != null && !t.hasPendingSuggestion()) {
                suggestion.add(new Span(" (" + t.suggestionState().name().toLowerCase(Locale.ROOT) + ")"));
            }
            detailBody.add(suggestion);
        }
        for (Comment c : t.comments()) {
            detailBody.add(commentView(c));
        }
        for (ResolutionStep step : t.history()) {
            Paragraph line = new Paragraph((step.resolved() ? "Resolved by " : "Reopened by ") + step.actorName()
                    + ", " + Format.when(step.at()));
            line.addClassName("thread-history");
            detailBody.add(line);
        }
        boolean mayResolve = CommentService.mayResolve(t, me, role);
        replyField.setVisible(t.open());
        replySubmit.setVisible(t.open());
        if (t.open() && mayResolve) {
            Button resolve = new Button("Resolve", e -> {
                comments.resolve(t.id());
                refresh();
            });
            resolve.setId("resolve-button");
            detailActions.add(resolve);
        }
        if (!t.open() && mayResolve) {
            Button reopen = new Button("Reopen", e -> {
                comments.reopen(t.id());
                refresh();
            });
            reopen.setId("reopen-button");
            detailActions.add(reopen);
        }
        if (t.hasPendingSuggestion() && role.allows(Permission.EDIT)) {
            Button apply = new Button("Apply suggestion", e -> apply(t, null));
            apply.setId("apply-suggestion-button");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button dismiss = new Button("Dismiss", e -> {
                comments.dismissSuggestion(t.id());
                refresh();
            });
            dismiss.setId("dismiss-suggestion-button");
            detailActions.add(apply, dismiss);
        }
    }

    private Div commentView(Comment c) {
        Div view = new Div();
        view.addClassName("comment");
        view.setId("comment-" + c.id());
        Span author = new Span(c.authorName());
        author.addClassName("comment-author");
        Span when = new Span(" · " + Format.when(c.createdAt()) + (c.editedAt() != null && !c.deleted() ? " · edited" : ""));
        when.addClassName("comment-when");
        view.add(author, when);
        if (c.deleted()) {
            Paragraph gone = new Paragraph("comment deleted");
            gone.addClassName("comment-deleted");
            view.add(gone);
            return view;
        }
        view.add(new Html(c.html()));
        if (c.authorId() == me) {
            Button edit = new Button("Edit", e -> editComment(view, c));
            edit.setId("edit-comment-" + c.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button delete = new Button("Delete", e -> {
                comments.delete(c.id());
                refresh();
            });
            delete.setId("delete-comment-" + c.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            view.add(new HorizontalLayout(edit, delete));
        }
        return view;
    }

    private void editComment(Div view, Comment c) {
        TextArea field = new TextArea();
        field.setId("edit-comment-field");
        field.setWidthFull();
        field.setValue(c.body());
        Button save = new Button("Save", e -> {
            try {
                comments.edit(c.id(), field.getValue());
                refresh();
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.setId("edit-comment-save");
        view.removeAll();
        view.add(field, save);
    }

    private void apply(CommentThread t, String confirmedPassage) {
        ApplyResult result;
        try {
            result = comments.applySuggestion(t.id(), confirmedPassage);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            refresh();
            return;
        }
        confirm.removeAll();
        switch (result) {
            case ApplyResult.Applied applied -> {
                Notifications.success("Suggestion applied to " + t.sectionHeading() + ".");
                editor.reload();
                refresh();
            }
            case ApplyResult.PassageChanged changed when changed.currentPassage() == null ->
                    confirm.add(new Paragraph("The quoted passage is gone from the section, so the suggestion "
                            + "cannot be applied; dismiss it, or copy it by hand."));
            case ApplyResult.PassageChanged changed -> {
                Paragraph ask = new Paragraph("The passage was changed since the suggestion was made. It now reads: «"
                        + changed.currentPassage() + "». Replace it with the suggestion?");
                Button anyway = new Button("Apply to the current text", e -> apply(t, changed.currentPassage()));
                anyway.setId("apply-anyway-button");
                confirm.add(ask, anyway);
            }
        }
    }

    /** Under a field whose last word starts with {@code @}: buttons with the members whose names match. */
    private void suggestMentions(TextArea field, Div target) {
        target.removeAll();
        String value = field.getValue();
        int at = value.lastIndexOf('@');
        if (at < 0 || (at > 0 && Character.isLetterOrDigit(value.charAt(at - 1)))) {
            return;
        }
        String typed = value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (typed.contains("\n") || typed.length() > 40) {
            return;
        }
        if (people == null) {
            people = members.members(caseStudyId);
        }
        for (Member m : people) {
            String name = m.displayName();
            if (m.accountId() != me && name.toLowerCase(Locale.ROOT).startsWith(typed)
                    && !name.equalsIgnoreCase(typed)) {
                Button pick = new Button("@" + name, e -> {
                    field.setValue(value.substring(0, at) + "@" + name + " ");
                    target.removeAll();
                    field.focus();
                });
                pick.setId("mention-" + m.accountId());
                pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                target.add(pick);
            }
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
