package app.casebook.revision.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.text.WordDiff;
import app.casebook.base.ui.Accessibility;
import app.casebook.base.ui.Notifications;
import app.casebook.revision.Restored;
import app.casebook.base.ui.Format;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import app.casebook.casestudy.RevisionField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The revisions of a case study, or of one section, newest first, loaded page by page. Select one revision to read
 * it, compare it with the one before or restore it; select two to compare them word by word; or compare the whole
 * case study at two points in time.
 */
public class HistoryPanel extends Composite<VerticalLayout> {

    private final RevisionService revisions;
    private final long caseStudyId;
    private Long sectionId;
    private boolean restoreAllowed = true;
    private String heading;
    // Built when the panel is first shown: a panel never opened costs no grid (issue 14, heap per editor).
    private H3 title;
    private Span count;
    private Grid<Revision> grid;
    private VerticalLayout detail;
    private Button all;
    private boolean loaded;

    public HistoryPanel(RevisionService revisions, long caseStudyId) {
        this.revisions = revisions;
        this.caseStudyId = caseStudyId;
        VerticalLayout root = getContent();
        root.setId("history-panel");
        root.addClassName("history-panel");
        root.setPadding(false);
    }

    private void build() {
        title = new H3();
        count = new Span();
        grid = new Grid<>();
        detail = new VerticalLayout();
        all = new Button("Whole case study", e -> showSection(null, null));
        showTitle();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        // One column beside the checkboxes, two lines a row, so that a row reads whole in the side panel's width:
        // what changed (wrapping, at most two lines: styles.css), then who, when and how many words, smaller. The
        // tooltip has it all, with the exact time and its zone.
        grid.addColumn(LitRenderer.<Revision>of("""
                <div class="history-row">\
                <div class="history-what">${item.what}</div>\
                <div class="history-meta"><span class="history-who">${item.who}</span> · \
                <span class="history-when">${item.when}</span> · \
                <span class="history-words">${item.words}</span></div>\
                </div>""")
                .withProperty("what", HistoryPanel::what)
                .withProperty("who", Revision::authorName)
                .withProperty("when", r -> Format.when(r.createdAt()))
                .withProperty("words", HistoryPanel::words))
                .setHeader("Revision").setKey("revision").setFlexGrow(1)
                .setTooltipGenerator(HistoryPanel::tooltip);
        grid.setHeight("320px");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<Revision>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        Accessibility.labelSelectionColumn(grid, "Selected");
        grid.addItemClickListener(e -> {
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });
        grid.addSelectionListener(e -> showSelection());

        all.setId("history-all");
        Button compareCaseStudy = new Button("Compare the whole case study…",
                e -> new CaseStudyCompareDialog(revisions, caseStudyId).open());
        compareCaseStudy.setId("compare-case-study-button");
        compareCaseStudy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("history-count");
        count.addClassName("history-count");
        detail.setPadding(false);
        detail.setId("history-detail");
        getContent().add(title, new HorizontalLayout(all, compareCaseStudy), count, grid, detail);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (grid == null) {
            build();
        }
        if (!loaded) {
            refresh();
        }
    }

    /** Narrows the history to one section, or shows the whole case study for {@code null}. */
    public void showSection(Long sectionId, String heading) {
        this.sectionId = sectionId;
        this.heading = heading;
        if (grid == null) {
            return; // shown with this section when first attached
        }
        showTitle();
        refresh();
    }

    private void showTitle() {
        title.setText(sectionId == null ? "History" : "History of " + heading);
        all.setVisible(sectionId != null);
    }

    /** Whether this person may put an old text back (editors and the owner); the service checks it again. */
    public void setRestoreAllowed(boolean restoreAllowed) {
        this.restoreAllowed = restoreAllowed;
        if (grid != null) {
            showSelection();
        }
    }

    public void refresh() {
        if (grid == null) {
            return; // not shown yet: loads when first attached
        }
        loaded = true;
        grid.deselectAll();
        // The rows hold no text: the rows of every open editor's history would otherwise keep a copy of each
        // revision's text (issue 14: heap per editor session). A selected revision reads its text.
        grid.setItems(q -> revisions.historyRows(caseStudyId, sectionId, q.getOffset(), q.getLimit()).stream(),
                q -> revisions.count(caseStudyId, sectionId));
        int n = revisions.count(caseStudyId, sectionId);
        count.setText(n == 1 ? "1 revision" : n + " revisions");
        showSelection();
    }

    /**
     * Shows revisions saved since the panel was filled (by this person or, pushed, by others) while keeping what the
     * person selected and is reading or comparing.
     */
    public void showNewRevisions() {
        if (!loaded) {
            return;
        }
        grid.getDataProvider().refreshAll();
        int n = revisions.count(caseStudyId, sectionId);
        count.setText(n == 1 ? "1 revision" : n + " revisions");
    }

    static String what(Revision r) {
        String where = r.sectionId() == null && r.field().headerField() != null ? r.field().headerField().label()
                : r.heading();
        return switch (r.kind()) {
            case CREATED -> r.sectionId() == null ? "Set " + where : "Created " + where;
            case MERGE -> where + " (merged)";
            case CONFLICT -> where + " (conflicting text, kept)";
            case HEADING -> "Renamed to " + r.heading();
            case REMOVED -> "Removed " + where;
            case RESTORED_SECTION -> "Brought back " + where;
            case RESTORE -> r.field() == RevisionField.HEADING ? "Heading restored to " + r.heading()
                    : where + " (restored)";
            case EDIT -> where;
            case RESOLVED -> where + " (conflict resolved)";
            case SUGGESTION -> where + " (suggestion by " + (r.suggestedByName() == null ? "a former member"
                    : r.suggestedByName()) + ", applied by " + r.authorName() + ")";
        };
    }

    /** Words added and removed, as the history's rows show them: "+34 −0". */
    static String words(Revision r) {
        return "+" + r.wordsAdded() + " −" + r.wordsRemoved();
    }

    /** A row's tooltip: all it shows, whole, with the exact time and its zone. */
    static String tooltip(Revision r) {
        return what(r) + " — " + r.authorName() + " · " + Format.exact(r.createdAt()) + " · "
                + Format.when(r.createdAt()) + " · " + r.wordsAdded() + " words added, " + r.wordsRemoved()
                + " removed";
    }

    private static String describe(Revision r) {
        return r.authorName() + ", " + Format.when(r.createdAt()) + " — " + what(r);
    }

    private void showSelection() {
        detail.removeAll();
        List<Revision> selected = grid.getSelectedItems().stream().sorted(Comparator.comparingLong(Revision::id))
                .toList();
        switch (selected.size()) {
            case 0 -> detail.add(hint("Select a revision to read it; select two to compare them."));
            case 1 -> showOne(selected.getFirst());
            case 2 -> showComparison(selected.get(0), selected.get(1));
            default -> detail.add(hint("Select only two revisions to compare them."));
        }
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("history-hint");
        p.addClassName("history-hint");
        return p;
    }

    private void showOne(Revision r) {
        Span meta = new Span(describe(r));
        Pre text = new Pre(revisions.get(r.id()).body());
        text.setId("revision-text");
        text.addClassName("revision-text");
        Button previous = new Button("Compare with previous", e -> comparePrevious(r));
        previous.setId("compare-previous-button");
        HorizontalLayout actions = new HorizontalLayout(previous);
        if (restoreAllowed && r.kind() != app.casebook.casestudy.RevisionKind.CONFLICT) {
            if (r.sectionId() != null && revisions.sectionRemoved(r.id())) {
                Button bringBack = new Button("Restore section", e -> restore(r));
                bringBack.setId("restore-section-button");
                bringBack.getElement().setAttribute("title",
                        "Brings the section back at its old place, with the text it had when it was removed");
                actions.add(bringBack);
            } else if (r.field() != RevisionField.SECTION) {
                Button restore = new Button(r.field() == RevisionField.BODY ? "Restore this text"
                        : r.field() == RevisionField.HEADING ? "Restore this heading" : "Restore this value",
                        e -> restore(r));
                restore.setId("restore-button");
                actions.add(restore);
                if (r.field() == RevisionField.BODY && r.heading() != null
                        && revisions.currentHeading(r.id()).filter(h -> !h.equals(r.heading())).isPresent()) {
                    Button heading = new Button("Restore heading “" + r.heading() + "”", e -> restoreHeading(r));
                    heading.setId("restore-heading-button");
                    actions.add(heading);
                }
            }
        }
        detail.add(meta, actions, text);
    }

    private void comparePrevious(Revision r) {
        Optional<Revision> before = revisions.previous(r.id());
        detail.removeAll();
        WordDiff.Result diff = before.map(b -> revisions.compare(b.id(), r.id()))
                .orElseGet(() -> WordDiff.compare("", revisions.get(r.id()).body()));
        Span meta = new Span(before.map(b -> "From " + describe(b) + " to " + describe(r))
                .orElse("The first text: " + describe(r)));
        meta.setId("compare-meta");
        detail.add(meta, summary(diff), diffView(diff));
    }

    private void showComparison(Revision older, Revision newer) {
        WordDiff.Result diff = revisions.compare(older.id(), newer.id());
        Span meta = new Span("From " + describe(older) + " to " + describe(newer));
        meta.setId("compare-meta");
        detail.add(meta);
        boolean samePlace = Objects.equals(older.sectionId(), newer.sectionId())
                && (older.sectionId() != null || older.field() == newer.field());
        if (!samePlace) {
            detail.add(new Paragraph("These revisions belong to different sections or fields."));
        }
        Button states = new Button("Compare the whole case study at these two points",
                e -> new CaseStudyCompareDialog(revisions, caseStudyId, older.id(), newer.id()).open());
        states.setId("compare-states-button");
        states.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        detail.add(summary(diff), diffView(diff), states);
    }

    private static Span summary(WordDiff.Result diff) {
        Span s = new Span(diff.unchanged() ? "No difference."
                : diff.wordsAdded() + " words added, " + diff.wordsRemoved() + " words removed.");
        s.setId("compare-summary");
        return s;
    }

    private static DiffView diffView(WordDiff.Result diff) {
        DiffView view = new DiffView(diff);
        view.setId("revision-diff");
        return view;
    }

    private void restore(Revision r) {
        try {
            Restored result = revisions.restore(r.id());
            switch (result.outcome()) {
                case ALREADY_CURRENT -> Notifications.success(r.field() == RevisionField.BODY
                        ? "This is already the current text; nothing changed."
                        : "This is already the current value; nothing changed.");
                case CONFLICT -> Notifications.error(
                        "Someone changed this section meanwhile; the restored text is kept in the history.");
                case SECTION_BROUGHT_BACK -> Notifications.success(
                        "The section is back at its old place, with its last text.");
                case RESTORED -> Notifications.success("Restored as a new revision; the history keeps both.");
            }
            fireEvent(new RestoredEvent(this));
            refresh();
        } catch (InvalidInputException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (NotFoundException e) {
            Notifications.error("This can no longer be restored; reload the page.");
        }
    }

    private void restoreHeading(Revision r) {
        try {
            Restored result = revisions.restoreHeading(r.id());
            Notifications.success(result.outcome() == Restored.Outcome.ALREADY_CURRENT
                    ? "This is already the current heading; nothing changed."
                    : "Heading restored as a new revision; the history keeps both.");
            fireEvent(new RestoredEvent(this));
            refresh();
        } catch (InvalidInputException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } catch (NotFoundException e) {
            Notifications.error("This can no longer be restored; reload the page.");
        }
    }

    /** Fired after a restore, so the editor can show the restored text. */
    public static class RestoredEvent extends ComponentEvent<HistoryPanel> {
        RestoredEvent(HistoryPanel source) {
            super(source, false);
        }
    }

    public Registration addRestoredListener(ComponentEventListener<RestoredEvent> listener) {
        return addListener(RestoredEvent.class, listener);
    }
}
