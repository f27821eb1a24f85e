package app.casebook.activity.ui;

import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.base.ui.Format;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Who did what and when on a case study, newest first, loaded page by page as the person scrolls. */
public class ActivityPanel extends Composite<VerticalLayout> {

    private final ActivityService activity;
    private final long caseStudyId;
    /** Built when the panel is first shown: a panel never opened costs no grid (issue 14, heap per editor). */
    private Grid<ActivityEntry> grid;

    public ActivityPanel(ActivityService activity, long caseStudyId) {
        this.activity = activity;
        this.caseStudyId = caseStudyId;
        VerticalLayout root = getContent();
        root.setId("activity-panel");
        root.addClassName("activity-panel");
        root.setPadding(false);
    }

    private void build() {
        grid = new Grid<>();
        grid.setId("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActivityEntry::detail).setHeader("What").setKey("what").setFlexGrow(3);
        grid.addColumn(e -> e.actorName() == null ? "" : e.actorName()).setHeader("Who").setKey("who").setFlexGrow(1);
        grid.addColumn(e -> Format.when(e.createdAt())).setHeader("When").setKey("when").setFlexGrow(1);
        grid.setHeight("420px");
        getContent().add(new H3("Activity"), grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (grid == null) {
            build();
        }
        refresh();
    }

    /** Reads the log again from its newest line. */
    public void refresh() {
        if (grid == null) {
            return;
        }
        grid.setItems(q -> activity.page(caseStudyId, q.getOffset(), q.getLimit()).stream(),
                q -> activity.count(caseStudyId));
    }
}
