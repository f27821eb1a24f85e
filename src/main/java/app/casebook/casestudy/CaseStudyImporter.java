package app.casebook.casestudy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a plain-text or Markdown case study in the seed's shape: a title line, a {@code Role:} line, a
 * {@code Context:} line, a headline line, then sections, each a heading line followed by its text.
 *
 * <p>A line is a section heading when it is a Markdown heading of level 1 or 2, or when it equals (ignoring case,
 * {@code **} and a trailing colon) a heading of a known template. Headings not in any template become extra
 * sections. Text between the headline and the first heading becomes an "Introduction" section: nothing in the
 * input is dropped. {@code [Placeholder: ...]} passages stay in the text and also become the section's guidance.
 *
 * <p>A body line that would be read as a heading is written with a backslash in front ({@code \## Notes},
 * {@code \The Outcome}); see {@link #escapeBodyLine}. Reading such a line removes exactly one backslash, so any
 * text survives an export and an import unchanged: a line that already starts with backslashes before a heading
 * gets one more on export and loses one on import.
 */
public final class CaseStudyImporter {

    public record ImportedSection(String heading, String body, String guidance) {
    }

    public record ImportedCaseStudy(String title, String jobTitle, String contextLine, String headline,
                                    List<ImportedSection> sections) {
    }

    public static final String INTRODUCTION = "Introduction";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern LABELLED = Pattern.compile("^\\**\\s*(title|role|context|headline)\\s*\\**\\s*:\\s*\\**\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[Placeholder:\\s*([^\\]]*?)\\s*]", Pattern.CASE_INSENSITIVE);

    private final Set<String> knownHeadings;

    public CaseStudyImporter(Collection<String> knownHeadings) {
        this.knownHeadings = knownHeadings.stream().map(CaseStudyImporter::key).collect(Collectors.toSet());
    }

    /** The guidance inside every {@code [Placeholder: ...]} of a text, or null when there is none. */
    public static String placeholderGuidance(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.isEmpty() ? null : String.join("\n\n", found);
    }

    public static boolean hasPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /** Whether a line would start a new section when read. */
    public boolean isSectionHeading(String line) {
        return isHeading(line);
    }

    /**
     * How a body line is written so that reading it gives the same line back: a line that would be read as a
     * heading, even after taking off the backslashes it starts with, gets one more backslash in front.
     */
    public String escapeBodyLine(String line) {
        int indent = indent(line);
        String rest = line.substring(indent);
        if (rest.isEmpty() || !isHeading(withoutLeadingBackslashes(rest))) {
            return line;
        }
        return line.substring(0, indent) + "\\" + rest;
    }

    /** The inverse of {@link #escapeBodyLine}, for a line that is not a heading. */
    private String unescapeBodyLine(String line) {
        int indent = indent(line);
        String rest = line.substring(indent);
        if (rest.startsWith("\\") && isHeading(withoutLeadingBackslashes(rest))) {
            return line.substring(0, indent) + rest.substring(1);
        }
        return line;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String withoutLeadingBackslashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\\') {
            i++;
        }
        return s.substring(i);
    }

    public ImportedCaseStudy parse(String text) {
        String normalised = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(normalised.split("\n", -1));
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) {
            throw new IllegalArgumentException("The document is empty.");
        }
        String title = stripMarkdown(lines.get(i));
        Matcher titleLabel = LABELLED.matcher(title);
        if (titleLabel.matches() && titleLabel.group(1).equalsIgnoreCase("title")) {
            title = titleLabel.group(2);
        }
        i++;

        String role = "";
        String context = "";
        String headline = null;
        while ((i = skipBlank(lines, i)) < lines.size()) {
            String line = lines.get(i).strip();
            Matcher m = LABELLED.matcher(line);
            if (m.matches()) {
                String label = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2);
                switch (label) {
                    case "role" -> role = value;
                    case "context" -> context = value;
                    case "headline" -> headline = value;
                    default -> {
                        break;
                    }
                }
                if (!label.equals("title")) {
                    i++;
                    continue;
                }
            }
            break;
        }
        if (headline == null && i < lines.size() && !isHeading(lines.get(i))) {
            headline = stripEmphasis(lines.get(i).strip());
            i++;
        }

        List<ImportedSection> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isHeading(line)) {
                addSection(sections, heading, body);
                heading = headingText(line);
                body = new ArrayList<>();
            } else {
                body.add(unescapeBodyLine(line));
            }
        }
        addSection(sections, heading, body);
        return new ImportedCaseStudy(title, role, context, headline == null ? "" : headline, List.copyOf(sections));
    }

    private static void addSection(List<ImportedSection> sections, String heading, List<String> lines) {
        String body = trimBlankLines(lines);
        if (heading == null) {
            if (body.isEmpty()) {
                return;
            }
            heading = INTRODUCTION;
        }
        sections.add(new ImportedSection(heading, body, placeholderGuidance(body)));
    }

    private boolean isHeading(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        Matcher m = MARKDOWN_HEADING.matcher(s);
        if (m.matches()) {
            return m.group(1).length() <= 2 && !m.group(2).isEmpty();
        }
        return knownHeadings.contains(key(s));
    }

    private static String headingText(String line) {
        String s = line.strip();
        Matcher m = MARKDOWN_HEADING.matcher(s);
        if (m.matches()) {
            s = m.group(2);
        }
        s = stripEmphasis(s);
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static String key(String heading) {
        String s = stripEmphasis(heading.strip());
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static String stripMarkdown(String line) {
        String s = line.strip();
        Matcher m = MARKDOWN_HEADING.matcher(s);
        return stripEmphasis(m.matches() ? m.group(2) : s);
    }

    private static String stripEmphasis(String s) {
        String t = s.strip();
        if (t.length() > 4 && t.startsWith("**") && t.endsWith("**")) {
            return t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String trimBlankLines(List<String> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", lines.subList(start, end)).stripTrailing();
    }
}
