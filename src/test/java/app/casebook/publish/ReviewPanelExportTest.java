package app.casebook.publish;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.review.ReviewFixture;
import app.casebook.review.ReviewService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export from the review panel: each version's row carries "Markdown" and "PDF" (contributed by publish.ui), and
 * each downloads that version exactly as submitted, never the later draft.
 */
class ReviewPanelExportTest extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PublishService publish;

    @Test
    void a_reviewer_downloads_each_version_as_submitted_from_its_row_in_the_review_panel() throws Exception {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long v1 = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()), true));
        Fixtures.as(f.reviewer1(), () -> reviews.approve(v1, ""));
        f.edit(caseStudies, "The Outcome", ReviewFixture.textFor("The Outcome") + " Only in version two.");
        Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer2().id()), true));
        f.edit(caseStudies, "The Outcome", ReviewFixture.textFor("The Outcome") + " Only in the draft.");

        login(f.reviewer2());
        navigate(EditorView.path(f.caseStudyId()));
        openPanel("review");

        String first = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("review-export-markdown-1"))), StandardCharsets.UTF_8);
        assertThat(first).startsWith("<!-- Exported from Casebook: version 1, approved by 1 reviewer on ")
                .contains("# Platform Scaling for Hypergrowth", "## The Outcome", "Costs fell by 40% in 9 months.")
                .doesNotContain("Only in version two.").doesNotContain("Only in the draft.");

        String second = new String(DownloadKt._download(_get(Anchor.class,
                spec -> spec.withId("review-export-markdown-2"))), StandardCharsets.UTF_8);
        assertThat(second).startsWith("<!-- Exported from Casebook: version 2, not approved (in review) -->")
                .contains("Only in version two.").doesNotContain("Only in the draft.");

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("review-export-pdf-1")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfExportTest.text(pdf);
        assertThat(text).contains("Platform Scaling for Hypergrowth", "Version 1", "Approved by 1 reviewer")
                .doesNotContain("Only in version two.");
    }

    @Test
    void the_version_markdown_is_named_after_the_title_and_the_version() {
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        long v1 = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "", List.of(f.reviewer1().id()), true));

        ExportedFile file = Fixtures.as(f.reviewer1(), () -> publish.versionMarkdown(v1));

        assertThat(file.fileName()).isEqualTo("platform-scaling-for-hypergrowth-v1.md");
        assertThat(file.contentType()).startsWith("text/markdown");
    }
}
