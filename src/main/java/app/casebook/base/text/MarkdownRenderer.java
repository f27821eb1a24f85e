package app.casebook.base.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. HTML typed into the Markdown is escaped (shown as text), links are limited to safe
 * schemes, and the result is cleaned once more against a safelist, so nothing a person types ever runs.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr");

    private MarkdownRenderer() {
    }

    /** Safe HTML for a Markdown text, wrapped in one {@code div}. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, SAFELIST) + "</div>";
    }
}
