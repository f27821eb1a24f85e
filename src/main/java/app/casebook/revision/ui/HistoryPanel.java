package app.casebook.revision.ui;

import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.ui.Format;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The revisions of a case study, or of one section, newest first, loaded page by page. */
public class HistoryPanel extends Composite<VerticalLayout> {

    private final RevisionService revisions;
    private final long caseStudyId;
    private Long sectionId;
    private final H3 title = new H3("History");
    private final Grid<Revision> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Button all = new Button("Whole case study", e -> showSection(null, null));

    public HistoryPanel(RevisionService revisions, long caseStudyId) {
        this.revisions = revisions;
        this.caseStudyId = caseStudyId;
        VerticalLayout root = getContent();
        root.setId("history-panel");
        root.addClassName("history-panel");
        root.setPadding(false);

        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(r -> Format.when(r.createdAt())).setHeader("When").setKey("when").setAutoWidth(true);
        grid.addColumn(Revision::authorName).setHeader("Who").setKey("who").setAutoWidth(true);
        grid.addColumn(HistoryPanel::what).setHeader("What").setKey("what").setFlexGrow(1);
        grid.addColumn(r -> "+" + r.wordsAdded() + " −" + r.wordsRemoved()).setHeader("Words").setKey("words")
                .setAutoWidth(true);
        grid.setHeight("320px");
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        all.setId("history-all");
        all.setVisible(false);
        detail.setPadding(false);
        detail.setId("history-detail");
        root.add(title, all, grid, detail);
        refresh();
    }

    /** Narrows the history to one section, or shows the whole case study for {@code null}. */
    public void showSection(Long sectionId, String heading) {
        this.sectionId = sectionId;
        title.setText(sectionId == null ? "History" : "History of " + heading);
        all.setVisible(sectionId != null);
        refresh();
    }

    public void refresh() {
        grid.setItems(q -> revisions.history(caseStudyId, sectionId, q.getOffset(), q.getLimit()).stream(),
                q -> revisions.count(caseStudyId, sectionId));
        detail.removeAll();
    }

    /** Shows revisions saved since the panel was filled, keeping the revision being looked at open. */
    public void showNewRevisions() {
        grid.getDataProvider().refreshAll();
    }

    static String what(Revision r) {
        String where = r.sectionId() == null ? fieldLabel(r.field()) : r.heading();
        return switch (r.kind()) {
            case "CREATED" -> "Created " + where;
            case "MERGE" -> where + " (merged)";
            case "CONFLICT" -> where + " (conflicting text, kept)";
            case "HEADING" -> "Renamed to " + r.heading();
            case "REMOVED" -> "Removed " + where;
            default -> where;
        };
    }

    private static String fieldLabel(String field) {
        return switch (field) {
            case "TITLE" -> "Title";
            case "ROLE" -> "Role";
            case "CONTEXT" -> "Context";
            case "HEADLINE" -> "Headline";
            default -> field;
        };
    }

    private void showDetail(Revision r) {
        detail.removeAll();
        if (r == null) {
            return;
        }
        Span meta = new Span(r.authorName() + ", " + Format.when(r.createdAt()) + " — " + what(r));
        Pre text = new Pre(r.body());
        text.setId("revision-text");
        text.addClassName("revision-text");
        detail.add(meta, text);
        if (r.sectionId() != null && "BODY".equals(r.field())) {
            Button restore = new Button("Restore this text", e -> {
                revisions.restore(r.id());
                Notifications.success("Restored as a new revision; the history keeps both.");
                fireEvent(new RestoredEvent(this));
                refresh();
            });
            restore.setId("restore-button");
            detail.add(restore);
        }
    }

    /** Fired after a restore, so the editor can show the restored text. */
    public static class RestoredEvent extends com.vaadin.flow.component.ComponentEvent<HistoryPanel> {
        RestoredEvent(HistoryPanel source) {
            super(source, false);
        }
    }

    public void addRestoredListener(com.vaadin.flow.component.ComponentEventListener<RestoredEvent> listener) {
        addListener(RestoredEvent.class, listener);
    }
}
