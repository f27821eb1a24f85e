package app.casebook.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.text.ThreeWayMerge;
import app.casebook.comment.Anchors.Resolution;
import app.casebook.comment.Anchors.Selector;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-anchoring on a table of edits. In each row, {@code [[ ]]} mark the passage selected in the text before the edit
 * and, in the text after it, where the thread must stand now; an edited text without marks means the thread must be
 * outdated.
 */
class AnchorsTest {

    private static final String P1 = "We moved the billing service to Kafka in 2021. ";
    private static final String QUOTE = "Latency fell by forty percent";
    private static final String P1_END = " and costs by a third.";
    private static final String P2 = "The team grew from four to twelve engineers, and on-call pages halved.";
    private static final String P3 = "Finally we cut the deploy time from an hour to nine minutes.";
    private static final String LONG = "The migration ran for nine months without a single hour of downtime, because "
            + "every service was moved behind a feature flag first";
    private static final String LONG_TEXT = "Background first. " + "[[" + LONG + "]]" + ", and only then switched over.";

    /** Some 900 characters of other paragraphs: more than the window searched around the old position. */
    private static final String FILLER = String.join("\n\n",
            "Hiring came next: we wrote a new interview loop and a guide for the people running it.",
            "Our on-call rotation changed from weekly to daily handovers with a written summary each time.",
            "The data team moved their nightly jobs off the shared cluster into a queue of their own.",
            "We rewrote the runbooks, deleted forty stale dashboards and kept eleven that people used.",
            "Product managers joined the incident reviews, which changed what we chose to fix first.",
            "Security reviews moved earlier, into design documents, instead of the week before launch.",
            "Two services were retired outright after we measured that nobody called them any more.",
            "The budget for the following year was built from these measurements, not from estimates.",
            "Finally, we wrote down what we would do differently, and shared it with the whole company.");

    private static String doc(String quote) {
        return P1 + quote + P1_END + "\n\n" + P2 + "\n\n" + P3;
    }

    private static final String BEFORE = doc("[[" + QUOTE + "]]");

    static Stream<Arguments> edits() {
        return Stream.of(
                row("nothing changed", BEFORE, BEFORE),
                row("insert before, at the start", BEFORE, "Summary: a good year.\n\n" + BEFORE),
                row("insert after, at the end", BEFORE, BEFORE + "\n\nWe would do it again."),
                row("insert right before the quote", BEFORE, doc("By March [[" + QUOTE + "]]")),
                row("insert right after the quote", BEFORE, doc("[[" + QUOTE + "]] within a month")),
                row("insert a word inside the quote", BEFORE, doc("[[Latency fell by nearly forty percent]]")),
                row("delete the sentence before", BEFORE, "[[" + QUOTE + "]]" + P1_END + "\n\n" + P2 + "\n\n" + P3),
                row("delete the paragraphs after", BEFORE, P1 + "[[" + QUOTE + "]]" + P1_END),
                row("delete all around the quote", BEFORE, "[[" + QUOTE + "]]."),
                row("delete a word inside the quote", BEFORE, doc("[[Latency fell by percent]]")),
                row("replace a word in the quote", BEFORE, doc("[[Latency fell by fifty percent]]")),
                row("change the case of a letter", BEFORE, doc("[[latency fell by forty percent]]")),
                row("the quoted passage deleted", BEFORE, doc("Costs fell")),
                row("the quote rewritten beyond recognition", BEFORE, doc("Response times improved a great deal")),
                row("move the paragraph to the end", BEFORE,
                        P2 + "\n\n" + P3 + "\n\n" + P1 + "[[" + QUOTE + "]]" + P1_END),
                row("move the paragraph and edit the quote", BEFORE,
                        P2 + "\n\n" + P3 + "\n\n" + P1 + "[[Latency fell by fifty percent]]" + P1_END),
                row("a long section: the paragraph moved far below and the quote edited", doc("[[" + QUOTE + "]]")
                        + "\n\n" + FILLER, P2 + "\n\n" + P3 + "\n\n" + FILLER + "\n\n" + P1
                        + "[[Latency fell by fifty percent]]" + P1_END),
                row("a long section: much text inserted before and the quote edited", doc("[[" + QUOTE + "]]")
                        + "\n\n" + FILLER, FILLER + "\n\n" + doc("[[Latency fell by fifty percent]]") + "\n\n"
                        + FILLER),
                row("a long section: the quote edited in place", doc("[[" + QUOTE + "]]") + "\n\n" + FILLER,
                        doc("[[Latency fell by fifty percent]]") + "\n\n" + FILLER),
                row("a long section: the quote and its surroundings rewritten", doc("[[" + QUOTE + "]]") + "\n\n"
                        + FILLER, "Costs fell sharply this year.\n\n" + P2 + "\n\n" + P3 + "\n\n" + FILLER),
                row("the passage duplicated after it", BEFORE, doc("[[" + QUOTE + "]]") + "\n\n" + P1 + QUOTE + P1_END),
                row("the paragraph duplicated before it: the one nearest the old position", BEFORE,
                        P1 + QUOTE + P1_END + "\n\n" + doc("[[" + QUOTE + "]]")),
                row("the quote copied into another paragraph", BEFORE,
                        doc("[[" + QUOTE + "]]").replace(P2, "As we said, " + QUOTE + " overall.")),
                row("the whole section replaced", BEFORE, "A completely new text about something else entirely."),
                row("the section emptied", BEFORE, ""),
                row("a line break put into the quote", BEFORE, doc("[[Latency fell\nby forty percent]]")),
                row("restore of an old revision that lacks the quote", doc("[[Latency fell by forty percent]]"),
                        "We moved the billing service to Kafka in 2021."),
                row("restore of an old revision that has it elsewhere", doc("[[" + QUOTE + "]]"),
                        "Old draft.\n\n" + P2 + "\n\n" + P1 + "[[" + QUOTE + "]]" + P1_END),
                row("a three-way merge result", BEFORE, merged()),
                row("emoji inserted before the quote", BEFORE, "🚀🚀 Big news! " + BEFORE),
                row("emoji inside the quote, text inserted before",
                        "Intro. [[We shipped 🚀 on time]] and celebrated.",
                        "A longer intro 🎉 here. [[We shipped 🚀 on time]] and celebrated."),
                row("emoji in the quote replaced", "Intro. [[We shipped 🚀 on time today]] and celebrated.",
                        "Intro. [[We shipped 🛸 on time today]] and celebrated."),
                row("CJK text inserted before", "项目概述。[[延迟降低了百分之四十]]，成本降低三分之一。",
                        "新的背景介绍。项目概述。[[延迟降低了百分之四十]]，成本降低三分之一。"),
                row("CJK quote with one character replaced", "项目概述。[[延迟降低了百分之四十]]，成本降低三分之一。",
                        "项目概述。[[延迟降低了百分之五十]]，成本降低三分之一。"),
                row("a long quote with a word replaced in the middle", LONG_TEXT,
                        LONG_TEXT.replace("single hour", "single minute")),
                row("a long quote with its first words replaced", LONG_TEXT,
                        LONG_TEXT.replace("The migration ran", "Our migration took")),
                row("a long quote, text inserted before and the end edited", LONG_TEXT,
                        "New opening paragraph.\n\n" + LONG_TEXT.replace("flag first", "flag beforehand")),
                row("a long quote deleted", LONG_TEXT, "Background first, and only then switched over."),
                row("a short common word, found by its context", "The plan and [[the]] team. The end of the story.",
                        "Up front: the goal. The plan and [[the]] team. The end of the story."),
                row("the quote at the very start, text inserted before", "[[Latency fell]] sharply.",
                        "In 2021 [[Latency fell]] sharply."),
                row("the quote at the very end, text appended", "It was [[a good year]]",
                        "It was [[a good year]], and the next was better."));
    }

    private static String merged() {
        String base = doc(QUOTE);
        String mine = "Summary first.\n\n" + base;
        String theirs = base.replace(P3, P3 + " Nobody was paged at night.");
        String result = ThreeWayMerge.merge(base, mine, theirs).orElseThrow();
        int at = result.indexOf(QUOTE);
        return result.substring(0, at) + "[[" + QUOTE + "]]" + result.substring(at + QUOTE.length());
    }

    private static Arguments row(String name, String before, String after) {
        return Arguments.of(name, before, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void a_thread_follows_its_passage_or_is_outdated(String name, String before, String after) {
        Marked was = Marked.of(before);
        Marked now = Marked.of(after);
        Selector selector = Anchors.select(was.text(), was.start(), was.end());

        Resolution resolution = Anchors.resolve(selector, now.text());

        if (now.start() < 0) {
            assertThat(resolution).as(name).isInstanceOf(Resolution.Outdated.class);
        } else {
            assertThat(resolution).as(name).isInstanceOf(Resolution.Anchored.class);
            Resolution.Anchored anchored = (Resolution.Anchored) resolution;
            assertThat(now.text().substring(anchored.start(), anchored.end())).as(name)
                    .isEqualTo(now.text().substring(now.start(), now.end()));
            assertThat(anchored.start()).as(name).isEqualTo(now.start());
            assertThat(anchored.text()).isEqualTo(now.text().substring(now.start(), now.end()));
            assertThat(anchored.unchanged()).isEqualTo(anchored.text().equals(selector.exact()));
        }
    }

    @Test
    void the_table_has_at_least_25_edits() {
        assertThat(edits().count()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void a_selection_keeps_the_quote_its_surroundings_and_its_position() {
        String text = "x".repeat(50) + "QUOTE" + "y".repeat(50);

        Selector s = Anchors.select(text, 50, 55);

        assertThat(s.exact()).isEqualTo("QUOTE");
        assertThat(s.prefix()).isEqualTo("x".repeat(Anchors.CONTEXT));
        assertThat(s.suffix()).isEqualTo("y".repeat(Anchors.CONTEXT));
        assertThat(s.start()).isEqualTo(50);
        assertThat(s.end()).isEqualTo(55);
    }

    @Test
    void a_selection_never_splits_an_emoji() {
        String text = "ab🚀cd🎉ef";
        // 🚀 is at 2-3 (two UTF-16 code units), 🎉 at 6-7: a selection from the middle of one to the middle of the other.
        Selector s = Anchors.select(text, 3, 7);

        assertThat(s.exact()).isEqualTo("🚀cd🎉");
        assertThat(s.start()).isEqualTo(2);
        assertThat(s.prefix()).isEqualTo("ab");
        assertThat(s.suffix()).isEqualTo("ef");
    }

    @Test
    void context_never_begins_or_ends_in_the_middle_of_an_emoji() {
        String text = "🚀".repeat(20) + "Q" + "🎉".repeat(20);

        Selector s = Anchors.select(text, 40, 41);

        assertThat(s.prefix().codePoints()).allMatch(c -> c == "🚀".codePointAt(0));
        assertThat(s.suffix().codePoints()).allMatch(c -> c == "🎉".codePointAt(0));
    }

    @Test
    void an_empty_selection_is_refused() {
        assertThatThrownBy(() -> Anchors.select("text", 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchors.select("text", 2, 9)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A text with the [[ ]] marks taken out, and where they stood (-1 without marks). */
    private record Marked(String text, int start, int end) {

        static Marked of(String marked) {
            int open = marked.indexOf("[[");
            if (open < 0) {
                return new Marked(marked, -1, -1);
            }
            int close = marked.indexOf("]]", open);
            String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
            return new Marked(text, open, close - 2);
        }
    }
}
