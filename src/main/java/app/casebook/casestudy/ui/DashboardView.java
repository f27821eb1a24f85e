package app.casebook.casestudy.ui;

import app.casebook.base.ui.Format;
import app.casebook.base.ui.MainLayout;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.CaseStudyStatus;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.MemberRole;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * My case studies and those shared with me, what needs me first: the rows the contributions mark (awaiting my review,
 * then unread comments or notifications), then by last activity, newest first; each row with its status, what is
 * unread and the last activity with who ("Riley Reviewer, 5 minutes ago").
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "Case studies", order = 1, icon = "vaadin:records")
@PageTitle("Case studies · Casebook")
@PermitAll
public class DashboardView extends VerticalLayout implements AfterNavigationObserver {

    private final CaseStudyService caseStudies;
    private final List<DashboardContribution> contributions;
    private final Grid<CaseStudySummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<CaseStudyStatus> statusFilter = new Select<>();
    private final Select<MemberRole> roleFilter = new Select<>();
    private final Paragraph noMatch = new Paragraph();
    private ListDataProvider<CaseStudySummary> data;
    private final Div sections = new Div();
    private final List<Grid.Column<CaseStudySummary>> contributedColumns = new ArrayList<>();
    private final List<NeedsMe> needsMe = new ArrayList<>();
    private final List<SerializableFunction<CaseStudySummary, DashboardContext.LastActivity>> activities =
            new ArrayList<>();
    private Registration resizeListener;
    private boolean narrow;
    private final Paragraph empty = new Paragraph(
            "No case studies yet. Start one from a template, or import a document you already have.");

    public DashboardView(CaseStudyService caseStudies, List<DashboardContribution> contributions) {
        this.caseStudies = caseStudies;
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(DashboardContribution::order)).toList();
        addClassName("dashboard");
        setSizeFull();

        Button create = new Button("New case study", VaadinIcon.PLUS.create(),
                e -> new NewCaseStudyDialog(caseStudies).open());
        create.setId("new-case-study-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importButton = new Button("Import", VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(caseStudies).open());
        importButton.setId("import-button");
        Anchor deleted = new Anchor(RouteConfiguration.forSessionScope().getUrl(RecentlyDeletedView.class),
                "Recently deleted");
        deleted.setId("recently-deleted-link");
        HorizontalLayout actions = new HorizontalLayout(create, importButton, deleted);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        search.setId("dashboard-search");
        search.setPlaceholder("Search by title");
        search.setAriaLabel("Search by title");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        statusFilter.setId("dashboard-status-filter");
        statusFilter.setAriaLabel("Status");
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        statusFilter.setItems(CaseStudyStatus.values());
        statusFilter.setItemLabelGenerator(st -> st == null ? "Any status" : st.label());
        statusFilter.addValueChangeListener(e -> applyFilter());
        roleFilter.setId("dashboard-role-filter");
        roleFilter.setAriaLabel("My role");
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption("Any role of mine");
        roleFilter.setItems(MemberRole.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? "Any role of mine" : r.label());
        roleFilter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, roleFilter);
        filters.addClassName("dashboard-filters");
        filters.setWrap(true);
        noMatch.setId("dashboard-no-match");
        noMatch.setVisible(false);

        grid.setId("case-studies");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(cs -> new Anchor(EditorView.path(cs.id()), cs.title())).setHeader("Title")
                .setFlexGrow(3).setKey("title")
                .setComparator(Comparator.comparing(CaseStudySummary::title, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(CaseStudySummary::jobTitle).setHeader("Role").setFlexGrow(2).setKey("role")
                .setComparator(Comparator.comparing(CaseStudySummary::jobTitle, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(cs -> cs.myRole().label()).setHeader("My role").setKey("myRole")
                .setComparator(Comparator.comparing(CaseStudySummary::myRole));
        grid.addColumn(cs -> {
                    DashboardContext.LastActivity last = lastActivity(cs);
                    return last.at() == null ? "" : last.text(Format.when(last.at()));
                })
                .setHeader("Last activity").setFlexGrow(2).setKey("lastActivity")
                .setComparator(Comparator.comparing((CaseStudySummary cs) -> lastActivity(cs).at(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.setMultiSort(false);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EditorView.path(e.getItem().id()))));
        empty.setVisible(false);
        empty.setId("dashboard-empty");

        sections.setId("dashboard-sections");
        sections.addClassName("dashboard-sections");
        add(new H1("Case studies"), actions, sections, empty, filters, noMatch, grid);
        expand(grid);
    }

    /** Below this width of the browser window the list shows only the title and the status (a phone). */
    static final int NARROW_PX = 700;

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var page = attachEvent.getUI().getPage();
        var details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            fitColumns(details.getWindowInnerWidth());
        }
        resizeListener = page.addBrowserWindowResizeListener(e -> fitColumns(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeListener != null) {
            resizeListener.remove();
            resizeListener = null;
        }
        super.onDetach(detachEvent);
    }

    /** On a phone, only the title and the status: the list never needs sideways scrolling. */
    void fitColumns(int windowWidth) {
        narrow = windowWidth < NARROW_PX;
        for (Grid.Column<CaseStudySummary> column : grid.getColumns()) {
            String key = column.getKey();
            column.setVisible(!narrow || "title".equals(key) || "status".equals(key));
        }
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        return s;
    }

    private record NeedsMe(int rank, SerializablePredicate<CaseStudySummary> applies)
            implements java.io.Serializable {
    }

    /** The newest of the case study's own last change and what the contributions know of it. */
    private DashboardContext.LastActivity lastActivity(CaseStudySummary cs) {
        DashboardContext.LastActivity newest = new DashboardContext.LastActivity(cs.updatedAt(), cs.updatedByName());
        for (SerializableFunction<CaseStudySummary, DashboardContext.LastActivity> a : activities) {
            DashboardContext.LastActivity other = a.apply(cs);
            if (other != null && other.at() != null && (newest.at() == null || other.at().isAfter(newest.at()))) {
                newest = other;
            }
        }
        return newest;
    }

    /** The smallest rank of the reasons the case study needs the person; {@code Integer.MAX_VALUE} for none. */
    private int urgency(CaseStudySummary cs) {
        int rank = Integer.MAX_VALUE;
        for (NeedsMe n : needsMe) {
            if (n.rank() < rank && n.applies().test(cs)) {
                rank = n.rank();
            }
        }
        return rank;
    }

    /** What needs me first (by rank), then the newest activity first. */
    private List<CaseStudySummary> needsMeFirst(List<CaseStudySummary> items) {
        java.util.Map<Long, Integer> rank = new java.util.HashMap<>();
        java.util.Map<Long, java.time.Instant> last = new java.util.HashMap<>();
        for (CaseStudySummary cs : items) {
            rank.put(cs.id(), urgency(cs));
            java.time.Instant at = lastActivity(cs).at();
            last.put(cs.id(), at == null ? java.time.Instant.EPOCH : at);
        }
        List<CaseStudySummary> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((CaseStudySummary cs) -> rank.get(cs.id()))
                .thenComparing(cs -> last.get(cs.id()), Comparator.reverseOrder())
                .thenComparing(CaseStudySummary::id, Comparator.reverseOrder()));
        return sorted;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<CaseStudySummary> items = caseStudies.listMine();
        showContributions(items);
        data = new ListDataProvider<>(needsMeFirst(items));
        grid.setItems(data);
        empty.setVisible(items.isEmpty());
        applyFilter();
    }

    /** Title search (any part, any case), status and my role, all together; the list stays sortable. */
    private void applyFilter() {
        if (data == null) {
            return;
        }
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        CaseStudyStatus status = statusFilter.getValue();
        MemberRole role = roleFilter.getValue();
        SerializablePredicate<CaseStudySummary> matches = cs -> (q.isEmpty()
                || cs.title().toLowerCase(Locale.ROOT).contains(q))
                && (status == null || cs.status() == status) && (role == null || cs.myRole() == role);
        data.setFilter(matches);
        boolean any = !data.getItems().isEmpty();
        long shown = data.getItems().stream().filter(matches).count();
        noMatch.setText("No case study matches the search and filters.");
        noMatch.setVisible(any && shown == 0);
    }

    private void showContributions(List<CaseStudySummary> items) {
        contributedColumns.forEach(grid::removeColumn);
        contributedColumns.clear();
        needsMe.clear();
        activities.clear();
        sections.removeAll();
        DashboardContext context = new DashboardContext() {
            @Override
            public List<CaseStudySummary> caseStudies() {
                return items;
            }

            @Override
            public void addColumn(String key, String header, SerializableFunction<CaseStudySummary, Component> cell) {
                Grid.Column<CaseStudySummary> column = grid.addComponentColumn(cs -> {
                    Component c = cell.apply(cs);
                    return c == null ? new Span() : c;
                }).setHeader(header).setKey(key);
                column.setId("case-studies-" + key);
                contributedColumns.add(column);
            }

            @Override
            public void addSection(Component section) {
                sections.add(section);
            }

            @Override
            public void addNeedsMe(int rank, SerializablePredicate<CaseStudySummary> applies) {
                needsMe.add(new NeedsMe(rank, applies));
            }

            @Override
            public void addLastActivity(SerializableFunction<CaseStudySummary, LastActivity> lastActivity) {
                activities.add(lastActivity);
            }
        };
        contributions.forEach(c -> c.contribute(context));
        if (narrow) {
            contributedColumns.forEach(c -> c.setVisible(false));
        }
        sections.setVisible(sections.getComponentCount() > 0);
    }
}
