package app.casebook.publish;

import app.casebook.base.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyImporter;
import app.casebook.casestudy.CaseStudyImporter.ImportedCaseStudy;
import app.casebook.casestudy.CaseStudyImporter.ImportedSection;
import app.casebook.casestudy.CaseStudyStatus;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {

    /** The headings of the three templates in V2__templates.sql. */
    static final List<String> KNOWN = List.of("The Context", "The Challenge", "Your Approach", "Key Decisions",
            "The Outcome", "What You Learned", "Overview", "The Problem", "Constraints", "Architecture and Design",
            "Implementation", "Results", "Lessons Learned", "Situation", "Task", "Action", "Result");

    private record Doc(String title, String role, String context, String headline, List<List<String>> sections) {
    }

    private static CaseStudy header(String title, String role, String context, String headline) {
        return new CaseStudy(1, 1, "Casey", title, role, context, headline, CaseStudyStatus.DRAFT, null,
                MemberRole.OWNER);
    }

    private static List<Section> sections(List<List<String>> headingAndBody) {
        List<Section> out = new ArrayList<>();
        long id = 1;
        for (List<String> hb : headingAndBody) {
            out.add(new Section(id, 1, (int) id, hb.get(0), hb.get(1), null, null, null, false, 1, null, null));
            id++;
        }
        return out;
    }

    private static Doc read(String text) {
        ImportedCaseStudy parsed = new CaseStudyImporter(KNOWN).parse(text);
        return new Doc(parsed.title(), parsed.jobTitle(), parsed.contextLine(), parsed.headline(),
                parsed.sections().stream().map(s -> List.of(s.heading(), s.body())).toList());
    }

    private static Doc roundTrip(Doc doc) {
        String markdown = MarkdownExport.toMarkdown(header(doc.title(), doc.role(), doc.context(), doc.headline()),
                sections(doc.sections()), KNOWN);
        return read(markdown);
    }

    @Test
    void the_seed_exports_in_its_own_shape_with_markdown_headings() {
        Doc seed = read(Fixtures.seedText());
        String markdown = MarkdownExport.toMarkdown(header(seed.title(), seed.role(), seed.context(), seed.headline()),
                sections(seed.sections()), KNOWN);

        assertThat(markdown).startsWith("""
                # Platform Scaling for Hypergrowth

                Role: Chief Technology Officer
                Context: E-commerce Startup (Series B, 50-person team)

                Rebuilt architecture to handle 10x user growth while reducing infrastructure costs by 40% and \
                improving reliability to 99.9% uptime.

                ## The Context

                [Placeholder: Describe joining""");
        assertThat(markdown).contains("\n## What You Learned\n\n[Placeholder: Technical problems");
    }

    @Test
    void importing_the_export_of_the_seed_gives_back_the_same_header_and_sections() {
        Doc seed = read(Fixtures.seedText());
        assertThat(seed.sections()).hasSize(6);

        assertThat(roundTrip(seed)).isEqualTo(seed);
    }

    @Test
    void importing_the_export_of_markdown_bodies_gives_back_the_same_text() {
        Doc doc = new Doc("Learning C#", "Staff Engineer", "Payments team (12 people)",
                "Cut checkout latency by 70% in one quarter.",
                List.of(
                        List.of("Overview", """
                                We rebuilt **checkout** with _three_ goals:

                                - fewer steps
                                - faster pages
                                  - nested detail
                                1. measured first
                                2. shipped weekly

                                ### What we measured

                                > A quote, and `inline code`.

                                    indented code block
                                """.stripTrailing()),
                        List.of("Results", "Latency fell from 900 ms to 270 ms.\n\n---\n\n*Emphasis* stays."),
                        List.of("An extra section", ""),
                        List.of("Notes", "Text then a heading-looking line:\n# Not a section\n## Also not a section\n"
                                + "\\## Already escaped by me\nResult\n**The Outcome**\n  Task  \nEnd.")));

        Doc back = roundTrip(doc);

        assertThat(back).isEqualTo(doc);
    }

    @Test
    void a_headline_that_would_be_read_as_a_label_is_written_with_its_own_label() {
        Doc doc = new Doc("T", "", "", "Role: I led the team that cut costs by 40%.",
                List.of(List.of("Result", "Done.")));
        String markdown = MarkdownExport.toMarkdown(header(doc.title(), doc.role(), doc.context(), doc.headline()),
                sections(doc.sections()), KNOWN);

        assertThat(markdown).isEqualTo("# T\n\nHeadline: Role: I led the team that cut costs by 40%.\n\n"
                + "## Result\n\nDone.\n");
        assertThat(roundTrip(doc)).isEqualTo(doc);
    }

    @Test
    void a_body_line_that_would_start_a_section_is_escaped_with_a_backslash() {
        String markdown = MarkdownExport.toMarkdown(header("T", "", "", ""),
                sections(List.of(List.of("Notes", "## Not a section\nTask\nplain"))), KNOWN);

        assertThat(markdown).isEqualTo("# T\n\n## Notes\n\n\\## Not a section\n\\Task\nplain\n");
    }

    @Test
    void the_file_name_comes_from_the_title() {
        assertThat(MarkdownExport.fileName("Platform Scaling for Hypergrowth")).isEqualTo("platform-scaling-for-hypergrowth.md");
        assertThat(MarkdownExport.fileName("  ¿Qué? / C# ")).isEqualTo("qué-c.md");
        assertThat(MarkdownExport.fileName("!!!")).isEqualTo("case-study.md");
    }

    @Test
    void template_heading_lines_hashes_raw_html_and_heading_punctuation_survive_the_round_trip_as_text() {
        Doc doc = new Doc("Title: Round #1 trip", "<b>Lead</b>", "", "Cut <i>costs</i> by 40%", List.of(
                List.of("Results:", "The Outcome\n# heading\n<script>alert(1)</script>\nA \\<b> stays\n"
                        + "`<code>` and <img src=x onerror=alert(1)>\n```\n<kept in code>\n```\nend"),
                List.of("C #", "Task:\nplain"),
                List.of("Notes", "<div>")));

        String markdown = MarkdownExport.toMarkdown(header(doc.title(), doc.role(), doc.context(), doc.headline()),
                sections(doc.sections()), KNOWN);

        assertThat(markdown).contains("\n\\The Outcome\n", "\n\\# heading\n",
                "\n\\<script>alert(1)\\</script>\n", "`<code>` and \\<img src=x", "\n<kept in code>\n",
                "# Title\\: Round #1 trip\n", "## Results\\:\n", "## C \\#\n", "Role: \\<b>Lead\\</b>");
        assertThat(markdown.replaceAll("```\n<kept in code>\n```", "").replaceAll("`<code>`", ""))
                .as("no live tag outside code").doesNotContainPattern("(^|[^\\\\])<[A-Za-z/!?]");
        assertThat(roundTrip(doc)).isEqualTo(doc);
    }
}
