package app.casebook.casestudy;

import app.casebook.base.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The quality checks of PRODUCT.md, shown while writing and enforced at submission. For every section:
 * <ul>
 *   <li>{@link Kind#EMPTY}: the section has no text. Nothing else is reported for it.</li>
 *   <li>{@link Kind#PLACEHOLDER}: a {@code [Placeholder: ...]} is still in the text.</li>
 *   <li>{@link Kind#TOO_SHORT} / {@link Kind#TOO_LONG}: the words written, not counting placeholders, are outside
 *       the template's range; only when the section has a range and has some text of its own.</li>
 *   <li>{@link Kind#NO_MEASURABLE_RESULT}: an Outcome section (outcome flag) whose own text, placeholders left
 *       out, states no measurable result.</li>
 * </ul>
 *
 * <p>A <b>measurable result</b> is, in the text outside placeholders:
 * <ol>
 *   <li>any number written in digits: "40%", "$2M", "€300k", "9 months", "3x", "99.9", "1,200 customers";
 *       except an ordered-list marker at the start of a line ("1. ") and a year after "in", "since", "during",
 *       "until", "from", "early" and the like ("in 2021"), which measure nothing;</li>
 *   <li>or a number written as a word followed by a unit of time, a percentage or a multiple: "two weeks",
 *       "three months", "ten percent", "four times";</li>
 *   <li>or a multiplying verb: "doubled", "tripled", "quadrupled", "halved", "tenfold".</li>
 * </ol>
 * "Improved a lot" is not a measurable result.
 */
public final class QualityChecks {

    public enum Kind { EMPTY, PLACEHOLDER, TOO_SHORT, TOO_LONG, NO_MEASURABLE_RESULT, NO_SECTIONS }

    /** One problem of one section, with a message for the person writing it. */
    public record Issue(long sectionId, Kind kind, String message) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[Placeholder:[^\\]]*]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d{1,3}[.)](?=\\s)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(?:in|since|during|until|till|from|early|late|mid|spring|summer|autumn|fall|winter)[\\s-]+"
                    + "(?:19|20)\\d\\d(?![\\d%.,]*\\w)");
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|thousand|million|billion|a dozen|dozen|half|a half";
    private static final String UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
            + "percent|per cent|percentage points?|times|x";
    private static final Pattern WORD_NUMBER_WITH_UNIT = Pattern.compile(
            "\\b(?:" + NUMBER_WORDS + ")(?:[\\s-]+(?:" + NUMBER_WORDS + "))*[\\s-]+(?:" + UNITS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTIPLIER = Pattern.compile(
            "\\b(?:doubled|doubling|tripled|tripling|quadrupled|halved|halving|twofold|threefold|fourfold|fivefold|"
                    + "tenfold|\\w+-fold)\\b", Pattern.CASE_INSENSITIVE);

    private QualityChecks() {
    }

    /**
     * The issues of all sections, in section order. A case study without any section (an imported document that had
     * only a title) has one issue, {@link Kind#NO_SECTIONS} (section id 0): it is not ready for review.
     */
    public static List<Issue> check(List<Section> sections) {
        if (sections.isEmpty()) {
            return List.of(new Issue(0, Kind.NO_SECTIONS, "The case study has no sections yet: add one and write it."));
        }
        List<Issue> issues = new ArrayList<>();
        for (Section s : sections) {
            issues.addAll(check(s.id(), s.heading(), s.body(), s.minWords(), s.maxWords(), s.outcome()));
        }
        return List.copyOf(issues);
    }

    /** The issues of one section. */
    public static List<Issue> check(long sectionId, String heading, String body, Integer minWords, Integer maxWords,
                                    boolean outcome) {
        String text = body == null ? "" : body;
        String name = heading == null || heading.isBlank() ? "This section" : "“" + heading.strip() + "”";
        if (text.isBlank()) {
            return List.of(new Issue(sectionId, Kind.EMPTY, name + " is empty: write it or remove the section."));
        }
        List<Issue> issues = new ArrayList<>();
        if (CaseStudyImporter.hasPlaceholder(text)) {
            issues.add(new Issue(sectionId, Kind.PLACEHOLDER,
                    name + " still has a [Placeholder: …]: replace it with your own text."));
        }
        String own = withoutPlaceholders(text);
        if (own.isBlank()) {
            return List.copyOf(issues);
        }
        int words = Words.count(own);
        if (minWords != null && minWords > 0 && words < minWords) {
            issues.add(new Issue(sectionId, Kind.TOO_SHORT, name + " has " + words + " " + plural(words)
                    + "; the template recommends " + range(minWords, maxWords) + "."));
        } else if (maxWords != null && maxWords > 0 && words > maxWords) {
            issues.add(new Issue(sectionId, Kind.TOO_LONG, name + " has " + words + " " + plural(words)
                    + "; the template recommends " + range(minWords, maxWords) + "."));
        }
        if (outcome && !hasMeasurableResult(own)) {
            issues.add(new Issue(sectionId, Kind.NO_MEASURABLE_RESULT, name + " states no measurable result: add "
                    + "a number, a percentage, an amount or a duration (e.g. “cut costs by 40%” or “in 9 months”)."));
        }
        return List.copyOf(issues);
    }

    /** Whether a text states a measurable result, by the rule in the class comment. */
    public static boolean hasMeasurableResult(String text) {
        if (text == null) {
            return false;
        }
        String t = LIST_MARKER.matcher(withoutPlaceholders(text)).replaceAll(" ");
        t = YEAR.matcher(t).replaceAll(" ");
        if (NUMBER.matcher(t).find()) {
            return true;
        }
        return WORD_NUMBER_WITH_UNIT.matcher(t).find() || MULTIPLIER.matcher(t).find();
    }

    /** A short summary for the whole case study: "Ready for review" or "3 issues: …". */
    public static String summary(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "Ready for review: no quality issues.";
        }
        long placeholders = issues.stream().filter(i -> i.kind() == Kind.PLACEHOLDER).count();
        long empty = issues.stream().filter(i -> i.kind() == Kind.EMPTY).count();
        long length = issues.stream().filter(i -> i.kind() == Kind.TOO_SHORT || i.kind() == Kind.TOO_LONG).count();
        long outcome = issues.stream().filter(i -> i.kind() == Kind.NO_MEASURABLE_RESULT).count();
        List<String> parts = new ArrayList<>();
        if (placeholders > 0) {
            parts.add(placeholders + (placeholders == 1 ? " placeholder" : " placeholders") + " to replace");
        }
        if (empty > 0) {
            parts.add(empty + (empty == 1 ? " empty section" : " empty sections"));
        }
        if (length > 0) {
            parts.add(length + (length == 1 ? " section" : " sections") + " outside the recommended length");
        }
        if (outcome > 0) {
            parts.add("no measurable result in the outcome");
        }
        return issues.size() + (issues.size() == 1 ? " issue: " : " issues: ") + String.join(", ", parts) + ".";
    }

    private static String withoutPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(" ");
    }

    private static String plural(int words) {
        return words == 1 ? "word" : "words";
    }

    private static String range(Integer min, Integer max) {
        boolean hasMin = min != null && min > 0;
        boolean hasMax = max != null && max > 0;
        if (hasMin && hasMax) {
            return String.format(Locale.ROOT, "%d–%d words", min, max);
        }
        return hasMin ? "at least " + min + " words" : "at most " + max + " words";
    }
}
