package app.casebook.casestudy.ui;

import app.casebook.base.NotFoundException;
import app.casebook.base.ui.Format;
import app.casebook.base.ui.MainLayout;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.DeletedCaseStudy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The case studies the person deleted in the last 30 days, each with "Restore". */
@Route(value = "recently-deleted", layout = MainLayout.class)
@PageTitle("Recently deleted · Casebook")
@PermitAll
public class RecentlyDeletedView extends VerticalLayout implements AfterNavigationObserver {

    private final CaseStudyService caseStudies;
    private final Grid<DeletedCaseStudy> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Nothing was deleted in the last " + CaseStudyService.KEPT_DAYS
            + " days.");

    public RecentlyDeletedView(CaseStudyService caseStudies) {
        this.caseStudies = caseStudies;
        setSizeFull();
        grid.setId("recently-deleted");
        grid.addColumn(DeletedCaseStudy::title).setHeader("Title").setFlexGrow(3).setKey("title");
        grid.addColumn(d -> Format.when(d.deletedAt())).setHeader("Deleted").setKey("deleted");
        grid.addColumn(d -> Format.when(d.purgeAfter())).setHeader("Removed for good after").setKey("purge");
        grid.addComponentColumn(d -> {
            Button restore = new Button("Restore", e -> restore(d));
            restore.setId("restore-" + d.id());
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.getElement().setAttribute("aria-label", "Restore " + d.title());
            return restore;
        }).setHeader("Restore").setKey("restore");
        empty.setId("recently-deleted-empty");
        add(new H2("Recently deleted"),
                new Paragraph("Case studies you deleted stay here for " + CaseStudyService.KEPT_DAYS
                        + " days; only you see them. Restoring one brings it back with its members as it was."),
                new Anchor("", "Back to case studies"), empty, grid);
        expand(grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        List<DeletedCaseStudy> items = caseStudies.recentlyDeleted();
        grid.setItems(items);
        empty.setVisible(items.isEmpty());
        grid.setVisible(!items.isEmpty());
    }

    private void restore(DeletedCaseStudy d) {
        try {
            caseStudies.restoreDeleted(d.id());
            Notifications.success("“" + d.title() + "” is back.");
            getUI().ifPresent(ui -> ui.navigate(EditorView.path(d.id())));
        } catch (NotFoundException e) {
            Notifications.error("“" + d.title() + "” can no longer be restored.");
            refresh();
        }
    }
}
