package app.casebook.publish;

import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyImporter;
import app.casebook.casestudy.Section;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A case study as a Markdown document in the shape the importer reads, so that importing an export gives back the
 * same header fields and sections:
 *
 * <pre>
 * # Title
 *
 * Role: …
 * Context: …
 *
 * The headline result.
 *
 * ## Heading
 *
 * Body…
 * </pre>
 *
 * Empty role and context lines are left out. The headline is written as "Headline: …" when it would otherwise be
 * read as something else (a label, a heading). A body line that would be read as a section heading ({@code # x},
 * {@code ## x}, or a template heading alone on a line) gets a backslash in front, which the importer takes off again
 * ({@link CaseStudyImporter#escapeBodyLine}); in Markdown {@code \#} shows a plain "#". Header fields are single
 * lines: a line break in one is written as a space. Blank lines at the start and end of a body are not kept.
 *
 * <p>What Casebook shows as text stays text in any viewer: a tag ({@code <b>}, {@code <script>}) is written as
 * {@code \<b>} outside code; a heading's trailing colon or {@code #} and a "Title:" at the start of the title are
 * escaped with a backslash, so that they come back on import ({@link CaseStudyImporter#escapeHeading}).
 */
public final class MarkdownExport {

    private static final Pattern LABEL = Pattern.compile("^\\**\\s*(title|role|context|headline)\\s*\\**\\s*:.*",
            Pattern.CASE_INSENSITIVE);

    private MarkdownExport() {
    }

    /**
     * @param knownHeadings the template headings the importer recognises on a line of their own
     */
    public static String toMarkdown(CaseStudy caseStudy, List<Section> sections, Collection<String> knownHeadings) {
        return write(caseStudy.title(), caseStudy.jobTitle(), caseStudy.contextLine(), caseStudy.headline(),
                sections.stream().map(s -> new Document.Part(s.heading(), s.body())).toList(), knownHeadings);
    }

    /** A frozen version (or any {@link Document}) in the same shape as {@link #toMarkdown(CaseStudy, List, Collection)}. */
    public static String toMarkdown(Document document, Collection<String> knownHeadings) {
        return write(document.title(), document.role(), document.context(), document.headline(), document.sections(),
                knownHeadings);
    }

    private static String write(String title, String jobTitle, String contextLine, String headlineText,
                                List<Document.Part> sections, Collection<String> knownHeadings) {
        CaseStudyImporter reader = new CaseStudyImporter(knownHeadings);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(CaseStudyImporter.escapeHeading(oneLine(title))).append("\n\n");
        String role = CaseStudyImporter.escapeHtml(oneLine(jobTitle));
        String context = CaseStudyImporter.escapeHtml(oneLine(contextLine));
        if (!role.isEmpty()) {
            out.append("Role: ").append(role).append('\n');
        }
        if (!context.isEmpty()) {
            out.append("Context: ").append(context).append('\n');
        }
        if (!role.isEmpty() || !context.isEmpty()) {
            out.append('\n');
        }
        String headline = CaseStudyImporter.escapeHtml(oneLine(headlineText));
        if (!headline.isEmpty()) {
            boolean misread = LABEL.matcher(headline).matches() || reader.isSectionHeading(headline)
                    || headline.startsWith("\\");
            out.append(misread ? "Headline: " + headline : headline).append("\n\n");
        }
        for (Document.Part s : sections) {
            out.append("## ").append(CaseStudyImporter.escapeHeading(oneLine(s.heading()))).append("\n\n");
            String body = withoutOuterBlankLines(s.markdown());
            if (!body.isEmpty()) {
                boolean fenced = false;
                for (String line : body.split("\n", -1)) {
                    boolean code = fenced || CaseStudyImporter.isFence(line);
                    if (CaseStudyImporter.isFence(line)) {
                        fenced = !fenced;
                    }
                    out.append(reader.escapeBodyLine(code ? line : CaseStudyImporter.escapeHtml(line))).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** A file name for the export: the title in lower case, letters and digits joined by dashes. */
    public static String fileName(String title) {
        String slug = (title == null ? "" : title).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "case-study" : slug) + ".md";
    }

    private static String withoutOuterBlankLines(String body) {
        String b = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        while (b.contains("\n") && b.substring(0, b.indexOf('\n')).isBlank()) {
            b = b.substring(b.indexOf('\n') + 1);
        }
        return b.isBlank() ? "" : b;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
