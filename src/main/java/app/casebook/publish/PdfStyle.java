package app.casebook.publish;

/** The page box of the PDF: A4 margins, the embedded fonts, and the footer with version, state and page numbers. */
final class PdfStyle {

    private PdfStyle() {
    }

    static String css(Document d) {
        return DocumentHtml.BASE_CSS + """
                @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                  @bottom-left { content: "%s"; font-family: "DejaVu Sans"; font-size: 8pt; color: #57606a; }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans";
                                  font-size: 8pt; color: #57606a; } }
                body { font-family: "DejaVu Sans"; font-size: 10pt; }
                .case-study { max-width: none; padding: 0; }
                code, pre { font-family: "DejaVu Sans Mono"; }
                h2 { page-break-after: avoid; }
                """.formatted(cssString(d.versionLabel() + " · " + d.approvalLine()));
    }

    /** A value for a CSS string in double quotes: quotes and backslashes escaped, line breaks as spaces. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '<' -> b.append("\\3C ");
                case '>' -> b.append("\\3E ");
                case '&' -> b.append("\\26 ");
                default -> b.append(c < 0x20 ? ' ' : c);
            }
        }
        return b.toString();
    }
}
