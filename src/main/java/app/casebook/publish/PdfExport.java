package app.casebook.publish;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A {@link Document} as PDF: the page of {@link DocumentHtml} laid out by openhtmltopdf on PDFBox, with the DejaVu
 * fonts shipped in the jar ({@code fonts/dejavu}, Bitstream Vera licence: Latin, Greek, Cyrillic, Hebrew, Arabic and
 * more) embedded as subsets. Right-to-left text is ordered with ICU's bidi algorithm. A character none of the fonts
 * has (an emoji, a CJK ideograph) is drawn as a visible placeholder, {@value #PLACEHOLDER}, never dropped. Nothing
 * is fetched from the network: images are alt text already, and the renderer gets no base URL to resolve against.
 */
public final class PdfExport {

    static final String PLACEHOLDER = "\u25A1";
    private static final String FONTS = "/fonts/dejavu/";
    private static final List<String[]> FACES = List.of(
            new String[]{"DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL"},
            new String[]{"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL"},
            new String[]{"DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC"},
            new String[]{"DejaVuSans-BoldOblique.ttf", "DejaVu Sans", "700", "ITALIC"},
            new String[]{"DejaVuSansMono.ttf", "DejaVu Sans Mono", "400", "NORMAL"});
    private static final Map<String, byte[]> FONT_BYTES = FACES.stream()
            .collect(Collectors.toUnmodifiableMap(f -> f[0], f -> bytes(f[0])));
    private static final Font COVERAGE = load("DejaVuSans.ttf");
    private static final Font MONO_COVERAGE = load("DejaVuSansMono.ttf");

    private PdfExport() {
    }

    /** The PDF's bytes. Never fails on the text: whatever cannot be drawn shows as a placeholder. */
    public static byte[] toPdf(Document d) {
        String html = DocumentHtml.page(d, DocumentHtml.Target.PDF, false);
        org.jsoup.nodes.Document dom = Jsoup.parse(html, "", Parser.xmlParser());
        replaceMissingGlyphs(dom);
        dom.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] face : FACES) {
                byte[] bytes = FONT_BYTES.get(face[0]);
                builder.useFont(() -> new ByteArrayInputStream(bytes), face[1],
                        Integer.parseInt(face[2]), BaseRendererBuilder.FontStyle.valueOf(face[3]), true);
            }
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useUriResolver((base, uri) -> null);
            builder.withHtmlContent(dom.outerHtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
        return out.toByteArray();
    }

    /** Every character the fonts lack becomes {@link #PLACEHOLDER} (code in monospace checks the mono font). */
    static void replaceMissingGlyphs(org.jsoup.nodes.Document dom) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t && !(t.parent() instanceof Element e && e.tagName().equals("style"))) {
                    boolean mono = t.parent() instanceof Element e && (e.tagName().equals("code")
                            || e.tagName().equals("pre"));
                    String text = t.getWholeText();
                    String fixed = covered(text, mono ? MONO_COVERAGE : COVERAGE);
                    if (!fixed.equals(text)) {
                        t.text(fixed);
                    }
                }
            }
        }, dom);
    }

    static String covered(String text, Font font) {
        StringBuilder b = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D) {
                changed = true; // emoji presentation selectors and joiners: invisible, part of the placeholder
            } else if (Character.isWhitespace(cp) || font.canDisplay(cp) || COVERAGE.canDisplay(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(PLACEHOLDER);
                changed = true;
            }
        }
        return changed ? b.toString() : text;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = PdfExport.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font load(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FONT_BYTES.get(file)));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Font " + file + " missing from the jar", e);
        }
    }
}
