package app.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyImporter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF made from a document holds its text, in embedded fonts, with page numbers and the version in the footer. */
class PdfExportTest {

    @Test
    void the_seed_case_study_exports_with_every_section_word_in_the_text() throws IOException {
        Document seed = seed();

        String text = text(PdfExport.toPdf(seed));

        String flat = flat(text);
        assertThat(flat).contains(flat(seed.title()), flat(seed.role()), flat(seed.headline()));
        for (Document.Part part : seed.sections()) {
            assertThat(flat).contains(flat(part.heading()));
            for (String word : words(part.markdown())) {
                assertThat(flat).as("word of %s", part.heading()).contains(word);
            }
        }
    }

    @Test
    void the_footer_shows_version_state_and_page_numbers_on_every_page() throws IOException {
        byte[] pdf = PdfExport.toPdf(longDocument(30, 20_000));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(20);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc);
            assertThat(last).contains("Page " + pages + " of " + pages).contains("Version 7 · Approved by 2 reviewers");
        }
    }

    @Test
    void a_thirty_section_twenty_thousand_word_case_study_exports_whole() throws IOException {
        Document big = longDocument(30, 20_000);
        assertThat(big.words()).isGreaterThanOrEqualTo(20_000);

        String flat = flat(text(PdfExport.toPdf(big)));

        for (Document.Part part : big.sections()) {
            assertThat(flat).contains(flat(part.heading()));
            List<String> words = words(part.markdown());
            assertThat(flat).contains(words.getFirst(), words.getLast());
        }
        assertThat(flat).contains(flat(big.sections().getLast().markdown()).substring(0, 200));
    }

    @Test
    void greek_and_cyrillic_come_out_as_text_in_embedded_fonts() throws IOException {
        Document d = single("Ελληνικά και кириллица", "Η ομάδα μας μείωσε το κόστος. Команда сократила расходы.");

        byte[] pdf = PdfExport.toPdf(d);

        assertThat(text(pdf)).contains("Ελληνικά και кириллица", "Команда сократила расходы");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void characters_outside_the_fonts_show_as_a_visible_placeholder() throws IOException {
        Document d = single("Emoji", "Shipped it 🚀 on time; 漢字 too, and 👍🏽 here.");

        String text = text(PdfExport.toPdf(d));

        assertThat(text).contains("Shipped it " + PdfExport.PLACEHOLDER + " on time")
                .contains(PdfExport.PLACEHOLDER + PdfExport.PLACEHOLDER + " too");
    }

    @Test
    void long_words_tables_code_images_and_right_to_left_text_render_without_failing() throws IOException {
        String body = """
                %s

                | Metric | Before | After |
                |---|---|---|
                | p95 latency | 1200 ms | 180 ms |

                ```
                %s
                for (int i = 0; i < 10; i++) { System.out.println("<script>alert(1)</script>"); }
                ```

                ![Architecture diagram](https://example.com/diagram.png) and <img src="http://example.com/x.png">

                שלום עולם — مرحبا بالعالم — mixed with English.
                """.formatted("x".repeat(3000), "y".repeat(500));
        Document d = single("Hard input", body);

        String text = text(PdfExport.toPdf(d));

        assertThat(flat(text)).contains("x".repeat(200)).contains("p95latency")
                .contains("[Image:Architecturediagram]").contains("<imgsrc=").contains("System.out.println");
        assertThat(text).contains("mixed with English");
    }

    // helpers

    static Document seed() {
        var parsed = new CaseStudyImporter(List.of("The Context", "The Challenge", "Your Approach", "Key Decisions",
                "The Outcome", "What You Learned")).parse(Fixtures.seedText());
        return new Document(1, parsed.title(), parsed.jobTitle(), parsed.contextLine(), parsed.headline(),
                parsed.sections().stream().map(s -> new Document.Part(s.heading(), s.body())).toList(), "Draft",
                "Not approved: current draft");
    }

    /** {@code sections} sections of prose with {@code words} words in all. */
    static Document longDocument(int sections, int words) {
        Random random = new Random(13);
        String[] vocabulary = ("platform latency migration reliability budget hiring roadmap incident capacity "
                + "database customers revenue release quality pipeline observability strategy decision")
                .split(" ");
        List<Document.Part> parts = new ArrayList<>();
        int perSection = (words + sections - 1) / sections;
        for (int s = 0; s < sections; s++) {
            StringBuilder b = new StringBuilder();
            b.append("Opening").append(s).append(' ');
            for (int w = 2; w < perSection; w++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]);
                b.append(w % 90 == 0 ? ".\n\n" : w % 15 == 0 ? ". " : " ");
            }
            b.append("Closing").append(s).append('.');
            parts.add(new Document.Part("Section number " + (s + 1), b.toString()));
        }
        return new Document(2, "A long case study", "Chief Technology Officer", "Series B", "Costs down 40%", parts,
                "Version 7", "Approved by 2 reviewers on 1 Dec 2026");
    }

    static Document single(String heading, String body) {
        return new Document(3, "Title", "Role", "Context", "Headline", List.of(new Document.Part(heading, body)),
                "Draft", "Not approved: current draft");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Words of a Markdown text as they appear on the page (without Markdown marks and punctuation). */
    static List<String> words(String markdown) {
        List<String> out = new ArrayList<>();
        for (String w : markdown.replaceAll("[*_`#>\\[\\]()]", " ").split("\\s+")) {
            String clean = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!clean.isEmpty() && clean.chars().allMatch(c -> Character.isLetterOrDigit(c))) {
                out.add(clean);
            }
        }
        return out;
    }

    /** Text with all whitespace removed, so that line and page breaks do not matter. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
