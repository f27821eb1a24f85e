package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.GridOnScreen;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.MemberRole;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    Account candidate;
    long caseStudyId;

    @BeforeEach
    void aCandidateWithTheSeed() {
        candidate = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(candidate);
    }

    @Test
    void the_candidate_sees_the_imported_case_study_and_opens_it() {
        login(candidate);
        navigate("");

        Grid<CaseStudySummary> grid = caseStudies();
        assertThat(new GridOnScreen<>(grid).rows()).hasSize(1);
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "title")).getText()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Chief Technology Officer");
        assertThat(GridKt._getFormatted(grid, 0, "myRole")).isEqualTo("Owner");

        GridKt._clickItem(grid, 0);

        NavigatorKt.expectView(EditorView.class);
        assertThat(_get(H1.class, spec -> spec.withId("case-study-title")).getText()).isEqualTo(Fixtures.SEED_TITLE);
    }

    @Test
    void a_reviewer_who_was_not_invited_does_not_see_the_case_study() {
        login(fixtures.account("Riley Reviewer"));
        navigate("");

        assertThat(new GridOnScreen<>(caseStudies()).rows()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-empty")).isVisible()).isTrue();
    }

    @Test
    void an_invited_reviewer_sees_the_case_study_as_reviewer() {
        Account reviewer = fixtures.account("Riley Reviewer");
        fixtures.addMember(caseStudyId, reviewer, MemberRole.REVIEWER);
        login(reviewer);
        navigate("");

        Grid<CaseStudySummary> grid = caseStudies();
        assertThat(new GridOnScreen<>(grid).rows()).hasSize(1);
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "title")).getText()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(GridKt._getFormatted(grid, 0, "myRole")).isEqualTo("Reviewer");
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseStudySummary> caseStudies() {
        return _get(Grid.class, spec -> spec.withId("case-studies"));
    }

    @Test
    void the_list_is_searched_by_title_filtered_by_status_and_my_role_and_sorted_by_any_column() {
        Account other = fixtures.account("Other Owner");
        long shared = fixtures.importSeed(other);
        addMember(shared, candidate, MemberRole.REVIEWER);
        login(candidate);
        long second = caseStudies.create("Another story", caseStudies.templates().getFirst().id());
        navigate("");
        Grid<CaseStudySummary> grid = caseStudies();
        assertThat(shownRows(grid, 10)).hasSize(3);

        type(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("dashboard-search")),
                "ANOTHER");
        assertThat(shownRows(grid, 10)).extracting(CaseStudySummary::id).containsExactly(second);

        type(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("dashboard-search")), "");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<MemberRole> role = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("dashboard-role-filter"));
        role.setValue(MemberRole.REVIEWER);
        assertThat(shownRows(grid, 10)).extracting(CaseStudySummary::id).containsExactly(shared);

        role.setValue(null);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<app.casebook.casestudy.CaseStudyStatus> status = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("dashboard-status-filter"));
        status.setValue(app.casebook.casestudy.CaseStudyStatus.APPROVED);
        assertThat(shownRows(grid, 10)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-no-match")).isVisible()).isTrue();

        status.setValue(null);
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumnByKey("title")).build());
        assertThat(shownRows(grid, 10)).extracting(CaseStudySummary::title)
                .containsExactly("Another story", Fixtures.SEED_TITLE, Fixtures.SEED_TITLE);
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(grid.getColumnByKey("myRole")).build());
        assertThat(shownRows(grid, 10).getFirst().myRole()).isEqualTo(MemberRole.REVIEWER);
    }
}
