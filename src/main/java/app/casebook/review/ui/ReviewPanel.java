package app.casebook.review.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Format;
import app.casebook.base.ui.Notifications;
import app.casebook.review.ChangesSinceReview;
import app.casebook.review.ReviewDecision;
import app.casebook.review.ReviewService;
import app.casebook.review.ReviewerDecision;
import app.casebook.review.SignOff;
import app.casebook.review.SignOffVerdict;
import app.casebook.review.Version;
import app.casebook.review.VersionSection;
import app.casebook.review.VersionStatus;
import app.casebook.revision.FieldComparison;
import app.casebook.revision.ui.DiffView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's "Review" panel: the version in review with each required reviewer's decision, the decision and
 * section sign-off forms for a required reviewer, "changes since you last reviewed", withdrawing for the owner, and
 * every earlier version with its decisions. Buttons are shown only to whom the rules allow; the service decides.
 */
class ReviewPanel extends Composite<VerticalLayout> {

    private final ReviewService reviews;
    private final long caseStudyId;
    private final long me;
    private final boolean owner;
    private final SerializableRunnable changed;
    private final RowActions rowActions;
    // Built when the panel is first shown: a panel never opened costs no content (issue 14, heap per editor).
    private Div current;
    private Div history;
    /** Kept across refreshes, so that a live update while someone types does not lose their comment. */
    private TextArea comment;

    /** What other features add to a version's row ({@link VersionRowContribution}): export links, for example. */
    @FunctionalInterface
    interface RowActions extends java.io.Serializable {
        List<com.vaadin.flow.component.Component> of(long versionId, int number);
    }

    ReviewPanel(ReviewService reviews, long caseStudyId, long me, boolean owner, SerializableRunnable changed,
                RowActions rowActions) {
        this.rowActions = rowActions;
        this.reviews = reviews;
        this.caseStudyId = caseStudyId;
        this.me = me;
        this.owner = owner;
        this.changed = changed;
        VerticalLayout root = getContent();
        root.setId("review-panel");
        root.addClassName("review-panel");
        root.setPadding(false);
    }

    private void build() {
        VerticalLayout root = getContent();
        current = new Div();
        history = new Div();
        comment = new TextArea("Comment");
        current.setId("review-current");
        history.setId("versions");
        root.add(new H3("Review"), current, new H4("Versions"), history);
        comment.setId("decision-comment");
        comment.setMaxLength(ReviewService.COMMENT_MAX);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.setHelperText("Required to request changes.");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (current == null) {
            build();
        }
        refresh();
    }

    /** Reads the versions again and shows them. */
    void refresh() {
        if (current == null) {
            return; // not shown yet: loads when first attached
        }
        List<Version> versions = reviews.versions(caseStudyId);
        current.removeAll();
        history.removeAll();
        Optional<Version> inReview = versions.stream().filter(v -> v.status() == VersionStatus.IN_REVIEW).findFirst();
        if (inReview.isPresent()) {
            showInReview(inReview.get());
        } else {
            Paragraph none = new Paragraph(versions.isEmpty() ? "No version has been submitted yet."
                    : "No version is in review.");
            none.setId("review-none");
            current.add(none);
        }
        if (versions.isEmpty()) {
            history.add(new Paragraph("None yet."));
        }
        for (Version v : versions) {
            history.add(versionCard(v));
        }
    }

    private void showInReview(Version v) {
        Div card = new Div();
        card.addClassName("review-in-review");
        card.add(new Paragraph(v.label() + " is in review, submitted by " + v.submittedByName() + " "
                + Format.when(v.submittedAt()) + "."));
        if (!v.note().isBlank()) {
            Paragraph note = new Paragraph("Note: " + v.note());
            note.setId("review-version-note");
            card.add(note);
        }
        if (owner) {
            Button withdraw = new Button("Withdraw " + v.label(), e -> act(() -> {
                reviews.withdraw(v.id());
                Notifications.success(v.label() + " withdrawn.");
            }));
            withdraw.setId("withdraw-button");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(withdraw);
        }
        current.add(card);
        if (v.isRequiredReviewer(me)) {
            current.add(decisionForm(v));
            current.add(signOffForm(v));
            reviews.changesSinceMyLastReview(v.id()).ifPresent(c -> current.add(changesSince(c)));
        }
    }

    private Div decisionForm(Version v) {
        Div form = new Div();
        form.addClassName("review-decision");
        ReviewerDecision mine = v.reviewer(me).orElseThrow();
        if (mine.decision() != null) {
            Paragraph said = new Paragraph("Your decision: " + mine.decision().label()
                    + ". You can change it while " + v.label() + " is in review.");
            said.setId("my-decision");
            form.add(said);
        }
        Button approve = new Button("Approve " + v.label());
        approve.setId("approve-button");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setDisableOnClick(true);
        approve.addClickListener(e -> act(() -> {
            VersionStatus after = reviews.approve(v.id(), comment.getValue());
            comment.clear();
            Notifications.success(after == VersionStatus.APPROVED ? v.label() + " is approved."
                    : "You approved " + v.label() + ".");
        }, approve));
        Button requestChanges = new Button("Request changes");
        requestChanges.setId("request-changes-button");
        requestChanges.addThemeVariants(ButtonVariant.LUMO_ERROR);
        requestChanges.setDisableOnClick(true);
        requestChanges.addClickListener(e -> act(() -> {
            reviews.requestChanges(v.id(), comment.getValue());
            comment.clear();
            Notifications.success("You requested changes on " + v.label() + ".");
        }, requestChanges));
        form.add(new H4("Your decision on " + v.label()), comment, new HorizontalLayout(approve, requestChanges));
        return form;
    }

    private Div signOffForm(Version v) {
        Div form = new Div();
        form.addClassName("review-signoff");
        List<VersionSection> sections = reviews.frozenVersion(v.id()).sections();
        List<SignOff> signOffs = reviews.signOffs(v.id());
        Select<VersionSection> section = new Select<>();
        section.setId("signoff-section");
        section.setLabel("Section");
        section.setItems(sections);
        section.setItemLabelGenerator(VersionSection::heading);
        if (!sections.isEmpty()) {
            section.setValue(sections.getFirst());
        }
        TextField note = new TextField("Note");
        note.setId("signoff-note");
        note.setMaxLength(ReviewService.SIGN_OFF_NOTE_MAX);
        note.setWidthFull();
        Button good = new Button("Looks good", e -> signOff(v, section.getValue(), SignOffVerdict.LOOKS_GOOD,
                note.getValue()));
        good.setId("section-signoff-good");
        Button needsWork = new Button("Needs work", e -> signOff(v, section.getValue(), SignOffVerdict.NEEDS_WORK,
                note.getValue()));
        needsWork.setId("section-signoff-needs-work");
        Div list = new Div();
        list.setId("signoffs");
        for (SignOff s : signOffs) {
            if (s.reviewerId() != me) {
                continue;
            }
            String heading = sections.stream().filter(x -> x.id() == s.versionSectionId()).map(VersionSection::heading)
                    .findFirst().orElse("");
            Paragraph line = new Paragraph(heading + ": " + s.verdict().label()
                    + (s.note().isBlank() ? "" : " (" + s.note() + ")")
                    + (s.carriedOver() ? " — carried over from v" + s.carriedFromNumber() + ", the text is unchanged"
                    : ""));
            line.addClassName(s.carriedOver() ? "signoff-carried" : "signoff");
            list.add(line);
        }
        long carried = signOffs.stream().filter(s -> s.reviewerId() == me && s.carriedOver()).count();
        if (carried > 0) {
            Paragraph summary = new Paragraph(carried + (carried == 1 ? " sign-off was" : " sign-offs were")
                    + " carried over from your earlier review: those sections did not change.");
            summary.setId("signoffs-carried");
            form.add(summary);
        }
        form.add(new H4("Sign off a section"), section, note, new HorizontalLayout(good, needsWork), list);
        return form;
    }

    private void signOff(Version v, VersionSection section, SignOffVerdict verdict, String note) {
        if (section == null) {
            Notifications.error("Choose a section.");
            return;
        }
        act(() -> {
            reviews.signOff(v.id(), section.sectionId(), verdict, note);
            Notifications.success(section.heading() + ": " + verdict.label().toLowerCase());
        });
    }

    private Div changesSince(ChangesSinceReview c) {
        Div box = new Div();
        box.setId("changes-since-review");
        box.addClassName("changes-since-review");
        long changedCount = c.changedCount();
        box.add(new H4("Changes since you last reviewed (v" + c.sinceNumber() + " → v" + c.number() + ")"));
        Paragraph summary = new Paragraph(changedCount == 0 ? "Nothing changed."
                : changedCount + (changedCount == 1 ? " part changed" : " parts changed") + "; unchanged ones are folded.");
        summary.setId("changes-since-review-summary");
        box.add(summary);
        if (!c.note().isBlank()) {
            box.add(new Paragraph("Note: " + c.note()));
        }
        for (FieldComparison f : c.changes()) {
            boolean unchanged = f.change() == FieldComparison.Change.UNCHANGED;
            if (unchanged && f.sectionId() == null) {
                continue; // unchanged header fields are not worth a line
            }
            String state = switch (f.change()) {
                case ADDED -> "added";
                case REMOVED -> "removed";
                case CHANGED -> "changed";
                case UNCHANGED -> "unchanged";
            };
            Details d = new Details(f.label() + " — " + state,
                    unchanged ? new Span("No change.") : new DiffView(f.diff()));
            d.setOpened(!unchanged);
            d.setId("change-" + f.key());
            d.addClassName(unchanged ? "change-unchanged" : "change-changed");
            box.add(d);
        }
        return box;
    }

    private Div versionCard(Version v) {
        Div card = new Div();
        card.setId("version-" + v.number());
        card.addClassName("version-card");
        Span state = new Span(v.status().label());
        state.getElement().getThemeList().add("badge");
        state.setId("version-" + v.number() + "-status");
        switch (v.status()) {
            case APPROVED -> state.getElement().getThemeList().add("success");
            case CHANGES_REQUESTED -> state.getElement().getThemeList().add("error");
            case WITHDRAWN -> state.getElement().getThemeList().add("contrast");
            case IN_REVIEW -> { }
        }
        Button read = new Button("Read", e -> new VersionDialog(reviews.frozenVersion(v.id())).open());
        read.setId("read-version-" + v.number());
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout top = new HorizontalLayout(new Span(v.label()), state,
                new Span("submitted by " + v.submittedByName() + ", " + Format.when(v.submittedAt())), read);
        rowActions.of(v.id(), v.number()).forEach(top::add);
        top.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        top.setWrap(true);
        card.add(top);
        for (ReviewerDecision r : v.reviewers()) {
            String text = r.name() + ": " + (r.decision() == null ? "no decision yet" : r.decision().label()
                    + (r.decision() == ReviewDecision.APPROVED && v.contentHash().equals(r.contentHash())
                    ? " — approved: the exact text of " + v.label() + " (" + r.contentHash().substring(0, 12) + ")"
                    : "")
                    + (r.comment() == null || r.comment().isBlank() ? "" : " — “" + r.comment() + "”"));
            Paragraph line = new Paragraph(text);
            line.addClassName("version-reviewer");
            card.add(line);
        }
        return card;
    }

    private void act(Runnable action, Button... reenable) {
        try {
            action.run();
        } catch (InvalidInputException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } finally {
            for (Button b : reenable) {
                b.setEnabled(true);
            }
        }
        changed.run();
        refresh();
    }
}
