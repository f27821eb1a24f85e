package app.casebook.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void markdown_becomes_headings_emphasis_lists_and_links() {
        Document html = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml("""
                ## Outcome

                Uptime **99.9%**, costs *down* 40%.

                - faster pages
                - [our blog](https://example.com/blog)
                """));

        assertThat(html.select("div.markdown > h2").text()).isEqualTo("Outcome");
        assertThat(html.select("strong").text()).isEqualTo("99.9%");
        assertThat(html.select("em").text()).isEqualTo("down");
        assertThat(html.select("li")).hasSize(2);
        assertThat(html.select("a").attr("href")).isEqualTo("https://example.com/blog");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('x')</script>",
            "Hello <script>alert('x')</script> world",
            "<img src=x onerror=alert('x')>",
            "<div onclick=\"alert('x')\">click</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"javascript:alert('x')\">link</a>",
            "[link](javascript:alert('x'))",
            "![image](javascript:alert('x'))",
            "<style>body{display:none}</style>",
            "<svg onload=alert('x')>",
            "`<script>` in code is fine: ```<script>alert('x')</script>```",
    })
    void html_and_script_typed_by_a_person_never_become_live_tags(String typed) {
        String rendered = MarkdownRenderer.toHtml(typed);
        Document html = Jsoup.parseBodyFragment(rendered);

        assertThat(html.select("script, img, iframe, style, svg, object, embed, form, input")).isEmpty();
        for (Element element : html.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:");
            }
        }
        assertThat(rendered).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
    }

    @Test
    void typed_html_is_shown_as_text() {
        Document html = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml("Use <b>bold</b> and <script>x()</script>"));

        assertThat(html.select("b")).isEmpty();
        assertThat(html.text()).isEqualTo("Use <b>bold</b> and <script>x()</script>");
    }

    @Test
    void nothing_renders_as_an_empty_block() {
        assertThat(MarkdownRenderer.toHtml(null)).isEqualTo("<div class=\"markdown\"></div>");
        assertThat(MarkdownRenderer.toHtml("")).isEqualTo("<div class=\"markdown\"></div>");
    }

    @Test
    void content_never_vanishes_an_image_shows_a_visible_placeholder_with_its_alt_text_and_is_never_loaded() {
        Document html = Jsoup.parseBodyFragment(MarkdownRenderer.toHtml("""
                Before.

                ![Architecture diagram](https://example.org/d.png)

                After. ![](https://example.org/e.png)
                """));

        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("[src]")).isEmpty();
        assertThat(html.select("span." + MarkdownRenderer.IMAGE_PLACEHOLDER).eachText())
                .containsExactly("[Image: Architecture diagram]", "[Image (no description)]");
        assertThat(html.select("p").eachText()).doesNotContain("");
    }

    @Test
    void content_never_vanishes_a_long_unbroken_word_wraps_in_the_history_diff_and_in_rendered_text() throws Exception {
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("frontend/styles.css"));
        for (String rule : new String[] {".diff {", ".markdown {", ".revision-text {"}) {
            String body = css.substring(css.indexOf(rule), css.indexOf('}', css.indexOf(rule)));
            assertThat(body).as(rule).contains("overflow-wrap: anywhere");
        }
    }
}
