package app.casebook.publish;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * A {@link Document} as one HTML page: the public page and the PDF are made from this one renderer, so they look
 * alike. Markdown goes through commonmark with typed HTML escaped and unsafe link schemes dropped, then through
 * jsoup's safelist (the same rules as {@link app.casebook.base.text.MarkdownRenderer}); images are never loaded:
 * each shows as its alt text, "[Image: …]". Every header value is escaped. The output is well-formed XHTML, which
 * the PDF renderer needs and browsers read as HTML.
 */
public final class DocumentHtml {

    /** Where the page is going: the screen (with a print stylesheet) or a PDF (page margins, footer, fonts). */
    public enum Target { PAGE, PDF }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr");

    private DocumentHtml() {
    }

    /**
     * The whole page. {@code allowIndexing} false adds {@code <meta name="robots" content="noindex">}.
     */
    public static String page(Document d, Target target, boolean allowIndexing) {
        StringBuilder out = new StringBuilder(8192 + d.sections().size() * 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        if (!allowIndexing) {
            out.append("<meta name=\"robots\" content=\"noindex, nofollow\" />");
        }
        out.append("<title>").append(esc(d.title().isBlank() ? "Case study" : d.title())).append("</title>");
        out.append("<style>").append(target == Target.PDF ? PdfStyle.css(d) : PAGE_CSS).append("</style>");
        out.append("</head><body><article class=\"case-study\">");
        out.append("<header><p class=\"state\">").append(esc(d.versionLabel())).append(" · ")
                .append(esc(d.approvalLine())).append("</p>");
        out.append("<h1>").append(esc(d.title())).append("</h1>");
        if (!d.role().isBlank() || !d.context().isBlank()) {
            out.append("<p class=\"role\">").append(esc(d.role()));
            if (!d.role().isBlank() && !d.context().isBlank()) {
                out.append(" · ");
            }
            out.append(esc(d.context())).append("</p>");
        }
        if (!d.headline().isBlank()) {
            out.append("<p class=\"headline\">").append(esc(d.headline())).append("</p>");
        }
        out.append("</header>");
        for (Document.Part p : d.sections()) {
            out.append("<section><h2>").append(esc(p.heading())).append("</h2>");
            out.append(markdown(p.markdown())).append("</section>");
        }
        out.append("</article></body></html>");
        return out.toString();
    }

    /** Safe XHTML for one section's Markdown, images shown as their alt text. */
    static String markdown(String markdown) {
        Node root = PARSER.parse(markdown == null ? "" : markdown);
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                StringBuilder alt = new StringBuilder();
                for (Node c = image.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Text t) {
                        alt.append(t.getLiteral());
                    }
                }
                image.insertBefore(new Text("[Image: " + (alt.isEmpty() ? "no description" : alt) + "]"));
                image.unlink();
            }
        });
        String html = Jsoup.clean(RENDERER.render(root), "", SAFELIST, OUTPUT);
        return "<div class=\"markdown\">" + html + "</div>";
    }

    private static final org.jsoup.nodes.Document.OutputSettings OUTPUT = new org.jsoup.nodes.Document.OutputSettings()
            .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
            .charset("UTF-8").prettyPrint(false);

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Typography shared by screen and paper. */
    static final String BASE_CSS = """
            body { margin: 0; color: #1f2328; line-height: 1.55; }
            .case-study { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
            h1 { font-size: 2rem; line-height: 1.2; margin: 0.4rem 0 0.6rem; }
            h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
            h3, h4, h5, h6 { margin: 1.4rem 0 0.4rem; }
            .state { font-size: 0.85rem; color: #57606a; margin: 0; }
            .role { font-size: 1.05rem; color: #424a53; margin: 0 0 0.6rem; }
            .headline { font-size: 1.15rem; font-weight: bold; margin: 0.8rem 0 0; }
            p, li { word-wrap: break-word; overflow-wrap: anywhere; }
            pre { white-space: pre-wrap; word-wrap: break-word; overflow-wrap: anywhere; background: #f6f8fa;
                  padding: 0.6rem 0.8rem; border-radius: 4px; font-size: 0.85rem; }
            code { font-family: "DejaVu Sans Mono", monospace; }
            blockquote { margin: 0.8rem 0; padding: 0 0.9rem; color: #57606a; border-left: 3px solid #d0d7de; }
            a { color: #0b5cad; }
            """;

    static final String PAGE_CSS = BASE_CSS + """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   font-size: 1.0625rem; background: #fff; }
            @media (max-width: 480px) { .case-study { padding: 1rem 0.9rem 2rem; } h1 { font-size: 1.6rem; } }
            @media print {
              body { font-family: Georgia, "DejaVu Serif", serif; font-size: 11pt; }
              .case-study { max-width: none; padding: 0; }
              h2 { page-break-after: avoid; break-after: avoid; }
              p, li, pre, blockquote { orphans: 3; widows: 3; }
              a { color: inherit; text-decoration: none; }
              a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; }
              @page { margin: 2cm 1.8cm; }
            }
            """;
}
