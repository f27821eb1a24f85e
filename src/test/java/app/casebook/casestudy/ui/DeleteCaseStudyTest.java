package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.DeletedCaseStudy;
import app.casebook.casestudy.MemberRole;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class DeleteCaseStudyTest extends KaribuTest {

    @Test
    void the_owner_deletes_after_a_confirmation_naming_the_case_study_and_restores_it_from_recently_deleted() {
        Account owner = newAccount("Delete owner");
        long id = fixtures.importSeed(owner);
        login(owner);
        navigate(EditorView.path(id));

        _click(_get(Button.class, spec -> spec.withId("delete-case-study")));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("delete-case-study-dialog"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Delete “" + Fixtures.SEED_TITLE + "”?");
        assertThat(ConfirmDialogKt.getText(dialog)).contains("30 days");
        ConfirmDialogKt._fireConfirm(dialog);

        NavigatorKt.expectView(RecentlyDeletedView.class);
        assertThat(caseStudies.listMine()).extracting(CaseStudySummary::id).doesNotContain(id);
        @SuppressWarnings("unchecked")
        Grid<DeletedCaseStudy> grid = _get(Grid.class, spec -> spec.withId("recently-deleted"));
        assertThat(shownRows(grid, 10)).extracting(DeletedCaseStudy::title).containsExactly(Fixtures.SEED_TITLE);

        Button restore = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "restore");
        assertThat(restore.getId()).hasValue("restore-" + id);
        _click(restore);

        NavigatorKt.expectView(EditorView.class);
        assertThat(caseStudies.listMine()).extracting(CaseStudySummary::id).contains(id);
    }

    @Test
    void cancelling_the_confirmation_keeps_the_case_study() {
        Account owner = newAccount("Keeping owner");
        long id = fixtures.importSeed(owner);
        login(owner);
        navigate(EditorView.path(id));

        _click(_get(Button.class, spec -> spec.withId("delete-case-study")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("delete-case-study-dialog")));

        assertThat(caseStudies.listMine()).extracting(CaseStudySummary::id).contains(id);
    }

    @Test
    void an_editor_has_no_delete_button() {
        Account owner = newAccount("Owner with editor");
        Account editor = newAccount("Editor without delete");
        long id = fixtures.importSeed(owner);
        addMember(id, editor, MemberRole.EDITOR);
        login(editor);
        navigate(EditorView.path(id));

        _assertNone(Button.class, spec -> spec.withId("delete-case-study"));
    }
}
