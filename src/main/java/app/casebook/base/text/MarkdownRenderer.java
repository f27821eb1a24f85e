package app.casebook.base.text;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. HTML typed into the Markdown is escaped (shown as text), links are limited to safe
 * schemes, and the result is cleaned once more against a safelist, so nothing a person types ever runs.
 *
 * <p>Nothing written disappears silently: an image is never loaded (neither by the server nor by the reader's
 * browser, which would tell a stranger's server who reads the case study) but shown as a visible placeholder with its
 * alt text; raw HTML is shown as text; a link with a scheme that is not allowed keeps its text.
 */
public final class MarkdownRenderer {

    /** The class of the placeholder that stands where an image was. */
    public static final String IMAGE_PLACEHOLDER = "markdown-image";
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(ImagePlaceholder::new).build();
    private static final Safelist SAFELIST = Safelist.basic().addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addAttributes("span", "class", "title");

    private MarkdownRenderer() {
    }

    /** Renders {@code ![alt](address)} as {@code [Image: alt]}, never as an {@code img} that would be loaded. */
    private static final class ImagePlaceholder implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImagePlaceholder(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }
            });
            String label = alt.toString().isBlank() ? "Image (no description)" : "Image: " + alt.toString().strip();
            HtmlWriter html = context.getWriter();
            html.tag("span", Map.of("class", IMAGE_PLACEHOLDER, "title", "Images are not shown in Casebook"));
            html.text("[" + label + "]");
            html.tag("/span");
        }
    }

    /** Safe HTML for a Markdown text, wrapped in one {@code div}. */
    public static String toHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, SAFELIST) + "</div>";
    }
}
