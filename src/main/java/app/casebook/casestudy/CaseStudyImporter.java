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

    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*<!--.*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern ESCAPED_TAG_START = Pattern.compile("\\\\<(?=[A-Za-z/!?])");

    /**
     * Raw HTML in a text is shown as text by Casebook; another Markdown renderer would run it. So every {@code <}
     * that starts a tag is written as {@code \<} (which Markdown shows as a plain "<"), outside inline code spans;
     * {@link #unescapeHtml} takes exactly one backslash off again. Lines inside fenced code blocks are left alone by
     * both (the caller knows, see {@link #isFence}).
     */
    public static String escapeHtml(String line) {
        return outsideCode(line, part -> TAG_START.matcher(part).replaceAll("\\\\<"));
    }

    /** The inverse of {@link #escapeHtml}. */
    public static String unescapeHtml(String line) {
        return outsideCode(line, part -> ESCAPED_TAG_START.matcher(part).replaceAll("<"));
    }

    /** Whether a line opens or closes a fenced code block. */
    public static boolean isFence(String line) {
        return FENCE.matcher(line).matches();
    }

    private static String outsideCode(String line, java.util.function.UnaryOperator<String> change) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        String[] parts = line.split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('`');
            }
            boolean inCode = i % 2 == 1 && i < parts.length - 1;
            out.append(inCode ? parts[i] : change.apply(parts[i]));
        }
        return out.toString();
    }

    /**
     * How a heading or the title is written so that it is read back unchanged: a trailing colon as {@code \:} (a
     * heading's trailing colon is otherwise dropped), a trailing run of {@code #} as {@code \#} (Markdown would take it
     * for a closing sequence), the colon of a leading "Title:"-like label as {@code \:}, and tags as in
     * {@link #escapeHtml}. Markdown shows each escaped character plainly.
     */
    public static String escapeHeading(String heading) {
        String s = escapeHtml(heading);
        Matcher label = LABEL_PREFIX.matcher(s);
        if (label.lookingAt()) {
            s = label.group(1) + "\\:" + s.substring(label.end());
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1) + "\\:";
        } else {
            s = s.replaceFirst("(^|\\s)(#+)$", "$1\\\\$2");
        }
        return s;
    }

    private static final Pattern LABEL_PREFIX = Pattern.compile("(\\**\\s*(?:title|role|context|headline)\\s*\\**\\s*):",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPED_LABEL_PREFIX = Pattern.compile(
            "(\\**\\s*(?:title|role|context|headline)\\s*\\**\\s*)\\\\:", Pattern.CASE_INSENSITIVE);

    /** The inverse of {@link #escapeHeading}, on a heading as read (without its Markdown marks). */
    static String unescapeHeading(String heading) {
        String s = heading;
        Matcher label = ESCAPED_LABEL_PREFIX.matcher(s);
        if (label.lookingAt()) {
            s = label.group(1) + ":" + s.substring(label.end());
        }
        if (s.endsWith("\\:")) {
            s = s.substring(0, s.length() - 2) + ":";
        } else {
            s = s.replaceFirst("(^|\\s)\\\\(#+)$", "$1$2");
        }
        return unescapeHtml(s);
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
        while (i < lines.size() && COMMENT_LINE.matcher(lines.get(i)).matches()) {
            i = skipBlank(lines, i + 1); // e.g. Casebook's own "exported on …" line
        }
        if (i >= lines.size()) {
            throw new IllegalArgumentException("The document is empty.");
        }
        String title = stripMarkdown(lines.get(i));
        Matcher titleLabel = LABELLED.matcher(title);
        if (titleLabel.matches() && titleLabel.group(1).equalsIgnoreCase("title")) {
            title = titleLabel.group(2);
        }
        title = unescapeHeading(title);
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
                    case "role" -> role = unescapeHtml(value);
                    case "context" -> context = unescapeHtml(value);
                    case "headline" -> headline = unescapeHtml(value);
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
            headline = unescapeHtml(stripEmphasis(lines.get(i).strip()));
            i++;
        }

        List<ImportedSection> sections = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isHeading(line)) {
                addSection(sections, heading, body);
                heading = headingText(line);
                body = new ArrayList<>();
                fenced = false;
            } else if (fenced || isFence(line)) {
                // Inside a fenced code block tags are not escaped (Markdown shows them as code); headings are.
                fenced = isFence(line) != fenced;
                body.add(unescapeBodyLine(line));
            } else {
                body.add(unescapeHtml(unescapeBodyLine(line)));
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
        if (s.endsWith("\\:") || s.matches("(?s).*(^|\\s)\\\\#+$")) {
            return unescapeHeading(s);
        }
        return unescapeHeading(s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s);
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
