package app.casebook.publish;

import app.casebook.base.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.ui.EditorView;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ExportServiceTest extends KaribuTest {

    @Autowired
    ExportService exports;

    private Account casey;
    private long caseStudyId;

    @BeforeEach
    void seed() {
        casey = newAccount("Casey Candidate");
        login(casey);
        caseStudyId = importSeed();
    }

    @Test
    void the_owner_exports_markdown_that_imports_back_to_the_same_case_study() {
        Section outcome = section(caseStudyId, "The Outcome");
        caseStudies.saveSectionText(outcome.id(), outcome.revisionId(),
                "- Uptime **99.9%**\n- Costs down 40%\n\n### Later\n## Not a section\nThe Context");

        ExportedFile file = exports.markdown(caseStudyId);
        long copy = caseStudies.importText(file.text());

        CaseStudyDetails original = caseStudies.get(caseStudyId);
        CaseStudyDetails imported = caseStudies.get(copy);
        assertThat(file.fileName()).matches("platform-scaling-for-hypergrowth-draft-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.md");
        assertThat(file.text()).startsWith("<!-- Exported from Casebook: the current draft (not a submitted version), ");
        assertThat(imported.caseStudy().title()).isEqualTo(original.caseStudy().title());
        assertThat(imported.caseStudy().jobTitle()).isEqualTo(original.caseStudy().jobTitle());
        assertThat(imported.caseStudy().contextLine()).isEqualTo(original.caseStudy().contextLine());
        assertThat(imported.caseStudy().headline()).isEqualTo(original.caseStudy().headline());
        assertThat(imported.sections()).extracting(Section::heading, Section::body)
                .isEqualTo(original.sections().stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.heading(), s.body())).toList());
    }

    @Test
    void editors_reviewers_and_viewers_may_export() {
        for (MemberRole role : new MemberRole[] {MemberRole.EDITOR, MemberRole.REVIEWER, MemberRole.VIEWER}) {
            Account member = newAccount("Exporting " + role.label());
            addMember(caseStudyId, member, role);
            login(member);
            assertThat(exports.markdown(caseStudyId).text()).contains("# Platform Scaling for Hypergrowth");
        }
    }

    @Test
    void a_stranger_gets_not_found() {
        login(newAccount("Stranger"));

        assertThatThrownBy(() -> exports.markdown(caseStudyId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_export_link_in_the_editor_downloads_the_markdown() {
        UI.getCurrent().navigate(EditorView.path(caseStudyId));

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-markdown")));

        String markdown = new String(bytes, StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("<!-- Exported from Casebook: the current draft");
        assertThat(markdown).contains("\n\n# Platform Scaling for Hypergrowth\n\nRole: Chief Technology Officer\n");
        assertThat(markdown).contains("\n## The Outcome\n\n[Placeholder: 9 months later");
    }

    @Test
    void a_viewer_sees_the_export_link() {
        Account vera = newAccount("Vera Viewer");
        addMember(caseStudyId, vera, MemberRole.VIEWER);
        login(vera);
        UI.getCurrent().navigate(EditorView.path(caseStudyId));

        _get(Anchor.class, spec -> spec.withId("export-markdown"));
    }

    @Test
    void the_pdf_link_in_the_editor_downloads_the_draft_as_pdf_with_the_saved_text() throws Exception {
        Section outcome = section(caseStudyId, "The Outcome");
        caseStudies.saveSectionText(outcome.id(), outcome.revisionId(), "Costs fell by 40 percent within weeks.");
        UI.getCurrent().navigate(EditorView.path(caseStudyId));

        byte[] bytes = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-pdf")));

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfExportTest.text(bytes);
        assertThat(text).contains("Platform Scaling for Hypergrowth", "Costs fell by 40 percent within weeks.",
                "Draft · Not approved");
    }

    @Test
    void an_editor_may_export_a_pdf_too() {
        Account eddie = newAccount("Eddie Editor");
        addMember(caseStudyId, eddie, MemberRole.EDITOR);
        login(eddie);

        assertThat(exports.pdf(caseStudyId).content()).isNotEmpty();
    }
}
