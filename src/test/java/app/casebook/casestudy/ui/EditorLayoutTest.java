package app.casebook.casestudy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.base.ui.KeyboardShortcuts;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's layout rules that a person notices: writing mode, live title, presence colours, shortcuts. */
class EditorLayoutTest extends KaribuTest {

    private Account casey;
    private long caseStudyId;

    @BeforeEach
    void openTheSeed() {
        casey = newAccount("Casey Candidate");
        login(casey);
        caseStudyId = importSeed();
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<WritingMode> writingMode() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("writing-mode"));
    }

    private static String shownMode() {
        return _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("sections"))
                .getElement().getAttribute("data-writing-mode");
    }

    @Test
    void the_writing_mode_starts_as_write_and_the_persons_choice_is_remembered_for_them_only() {
        assertThat(writingMode().getValue()).isEqualTo(WritingMode.WRITE);
        assertThat(shownMode()).isEqualTo("write");

        writingMode().setValue(WritingMode.SIDE_BY_SIDE);
        assertThat(shownMode()).isEqualTo("side");

        UI.getCurrent().navigate(DashboardView.class);
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
        assertThat(writingMode().getValue()).isEqualTo(WritingMode.SIDE_BY_SIDE);
        assertThat(shownMode()).isEqualTo("side");

        Account riley = newAccount("Riley Reviewer");
        addMember(caseStudyId, riley, MemberRole.EDITOR);
        login(riley);
        UI.getCurrent().navigate(EditorView.path(caseStudyId));
        assertThat(writingMode().getValue()).isEqualTo(WritingMode.WRITE);
    }

    @Test
    void the_heading_and_the_browser_tab_follow_a_title_changed_by_a_co_editor() {
        Account riley = newAccount("Riley Reviewer");
        addMember(caseStudyId, riley, MemberRole.EDITOR);
        H1 heading = _get(H1.class, spec -> spec.withId("case-study-title"));
        assertThat(heading.getText()).isEqualTo("Platform Scaling for Hypergrowth");

        Fixtures.as(riley, () -> caseStudies.updateHeader(caseStudyId, HeaderField.TITLE, "Scaling, told again"));
        login(casey);

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MockVaadin.runUIQueue();
                    return heading.getText().equals("Scaling, told again");
                });
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Scaling, told again · Casebook");
    }

    @Test
    void a_new_case_studys_job_title_and_context_show_neutral_examples() {
        assertThat(_get(TextField.class, spec -> spec.withId("header-job_title")).getPlaceholder())
                .isEqualTo("e.g. Head of Platform");
        assertThat(_get(TextField.class, spec -> spec.withId("header-context")).getPlaceholder())
                .startsWith("e.g. ");
    }

    @Test
    void each_person_present_has_a_colour_of_their_own() {
        AvatarGroup avatars = _get(AvatarGroup.class, spec -> spec.withId("presence"));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MockVaadin.runUIQueue();
                    return !avatars.getItems().isEmpty();
                });
        AvatarGroup.AvatarGroupItem me = avatars.getItems().getFirst();
        assertThat(me.getName()).isEqualTo("Casey Candidate");
        assertThat(me.getColorIndex()).isEqualTo((int) (casey.id() % 7));
    }

    @Test
    void the_help_lists_the_editors_shortcuts() {
        KeyboardShortcuts shortcuts = KeyboardShortcuts.of(UI.getCurrent());
        assertThat(shortcuts.active()).extracting(KeyboardShortcuts.Entry::keys)
                .contains("Ctrl+Alt+↓", "Ctrl+Alt+↑", "Ctrl+Alt+H");

        shortcuts.openHelp();

        Dialog help = _get(Dialog.class, spec -> spec.withId("shortcuts-dialog"));
        assertThat(help.getElement().getTextRecursively()).contains("Next section").contains("Previous section")
                .contains("History");
    }

    @Test
    void on_a_phone_the_case_study_list_shows_only_title_and_status() {
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView dashboard = _get(DashboardView.class);
        dashboard.fitColumns(390);
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("case-studies"));
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("title", "status");

        dashboard.fitColumns(1366);
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isGreaterThan(2);
    }
}
