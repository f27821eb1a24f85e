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
        CaseStudyImporter reader = new CaseStudyImporter(knownHeadings);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(caseStudy.title())).append("\n\n");
        String role = oneLine(caseStudy.jobTitle());
        String context = oneLine(caseStudy.contextLine());
        if (!role.isEmpty()) {
            out.append("Role: ").append(role).append('\n');
        }
        if (!context.isEmpty()) {
            out.append("Context: ").append(context).append('\n');
        }
        if (!role.isEmpty() || !context.isEmpty()) {
            out.append('\n');
        }
        String headline = oneLine(caseStudy.headline());
        if (!headline.isEmpty()) {
            boolean misread = LABEL.matcher(headline).matches() || reader.isSectionHeading(headline)
                    || headline.startsWith("\\");
            out.append(misread ? "Headline: " + headline : headline).append("\n\n");
        }
        for (Section s : sections) {
            out.append("## ").append(oneLine(s.heading())).append("\n\n");
            String body = withoutOuterBlankLines(s.body());
            if (!body.isEmpty()) {
                for (String line : body.split("\n", -1)) {
                    out.append(reader.escapeBodyLine(line)).append('\n');
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
