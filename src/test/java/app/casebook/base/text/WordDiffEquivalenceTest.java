package app.casebook.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * WordDiff runs java-diff-utils over the tokens after the common beginning, and MyersDiffWithLinearSpace for long
 * diffs. While a diff is short it must give exactly what java-diff-utils' default gives over all word tokens (the
 * way it was first written); beyond, a diff as short; its parts must always rebuild both texts. Its counts must
 * agree with its comparison, as far as {@link WordDiff#count} promises.
 */
class WordDiffEquivalenceTest {

    @Test
    void word_diff_equals_java_diff_utils_on_random_prose_and_repetitive_texts() {
        Random random = new Random(42);
        String[] alphabets = {"a b", "a b c", "the of and to in a", "x"};
        for (int run = 0; run < 1500; run++) {
            String old;
            String neu;
            if (run % 3 == 0) {
                // tiny alphabets make many equally short diffs: the choice among them must match too
                String[] words = alphabets[random.nextInt(alphabets.length)].split(" ");
                old = randomText(random, words, random.nextInt(40));
                neu = randomText(random, words, random.nextInt(40));
            } else {
                String[] words = "we chose a managed database because the team was small and on-call hurt".split(" ");
                old = randomText(random, words, random.nextInt(300));
                neu = edit(random, old, words, random.nextDouble() * 0.4);
            }
            assertSameAsLibrary(old, neu);
        }
    }

    @Test
    void word_diff_handles_empty_identical_and_unusual_whitespace() {
        assertSameAsLibrary("", "");
        assertSameAsLibrary("", "one two");
        assertSameAsLibrary("one two", "");
        assertSameAsLibrary("same  text\n", "same  text\n");
        assertSameAsLibrary("a\tb\r\nc\u000Bd\fe", "a b\nc d e");
        // an em space and a no-break space are part of a word for the tokens; only \u2003 counts as blank
        assertSameAsLibrary("one\u2003two\u00A0three", "one \u2003 two three");
        assertSameAsLibrary("\uD83D\uDE00 emoji stays", "emoji \uD83D\uDE00 stays");
        // the texts agree up to the middle of a word or of a whitespace run
        assertSameAsLibrary("the cat sat", "the cats sat");
        assertSameAsLibrary("the cat", "the cat ");
        assertSameAsLibrary("the cat  sat", "the cat sat");
        assertSameAsLibrary("the cat", "the ca");
        assertSameAsLibrary("a a a a b", "a a a a a b");
    }

    @Test
    void word_diff_of_completely_different_long_texts_is_a_shortest_diff_that_rebuilds_both_texts() {
        Random random = new Random(1);
        String[] a = "alpha beta gamma delta epsilon".split(" ");
        String[] b = "one two three four five six".split(" ");
        // about 3,400 tokens each, more steps than MyersDiff is given: MyersDiffWithLinearSpace makes this diff
        String old = randomText(random, a, 1700);
        String neu = randomText(random, b, 1700);
        WordDiff.Result result = WordDiff.compare(old, neu);
        WordDiff.Result library = library(old, neu);

        assertRebuildsBoth(result, old, neu);
        assertThat(changedTokens(result)).isEqualTo(changedTokens(library)).isGreaterThan(WordDiff.MYERS_MAX_STEPS);
        // each change is shown as what it removed, then what it added
        for (int i = 1; i < result.parts().size(); i++) {
            assertThat(List.of(result.parts().get(i - 1).kind(), result.parts().get(i).kind()))
                    .isNotEqualTo(List.of(WordDiff.Kind.ADDED, WordDiff.Kind.REMOVED));
        }
    }

    @Test
    void count_gives_the_counts_of_compare_for_a_single_change_and_a_shortest_diff_for_many() {
        Random random = new Random(7);
        String[] words = "we chose a managed database because the team was small and on-call hurt".split(" ");
        for (int run = 0; run < 3000; run++) {
            String old = randomText(random, words, random.nextInt(300));
            String neu;
            if (run % 2 == 0) {
                neu = edit(random, old, words, random.nextDouble() * 0.4);
            } else {
                // one change somewhere, as an autosave of a pause in typing: cut, insert or replace a few characters
                int from = old.isEmpty() ? 0 : random.nextInt(old.length());
                int to = Math.min(old.length(), from + random.nextInt(12));
                String typed = random.nextBoolean() ? "" : words[random.nextInt(words.length)] + (random.nextBoolean() ? " " : "");
                neu = old.substring(0, from) + typed + old.substring(to);
            }
            WordDiff.Result full = WordDiff.compare(old, neu);
            WordDiff.Counts counts = WordDiff.count(old, neu);
            if (run % 2 == 1) {
                assertThat(counts).as("counts of <%s> and <%s>", old, neu)
                        .isEqualTo(new WordDiff.Counts(full.wordsAdded(), full.wordsRemoved()));
            } else {
                // many changes: another shortest diff may match a space where compare matched a word, so the two
                // counts may each be higher or lower by the same amount, never the net change in words
                assertThat(counts.wordsAdded() - counts.wordsRemoved()).as("net words of <%s> and <%s>", old, neu)
                        .isEqualTo(Words.count(neu) - Words.count(old));
                int slack = Math.max(2, full.wordsAdded() / 10);
                if (Words.tokens(old).size() + Words.tokens(neu).size() <= WordDiff.EXACT_COUNT_MAX_TOKENS) {
                    assertThat(Math.abs(counts.wordsAdded() - full.wordsAdded())).as("<%s> and <%s>", old, neu)
                            .isLessThanOrEqualTo(slack);
                } else {
                    // the changed region may be larger than is counted exactly: estimated, within the same bounds
                    assertThat(counts.wordsAdded()).as("<%s> and <%s>", old, neu)
                            .isBetween(bagDifference(old, neu).wordsAdded(), Words.count(neu));
                }
            }
        }
        assertThat(WordDiff.count("", "")).isEqualTo(new WordDiff.Counts(0, 0));
        assertThat(WordDiff.count(null, "one two")).isEqualTo(new WordDiff.Counts(2, 0));
        assertThat(WordDiff.count("the cat sat", "the cats sat")).isEqualTo(new WordDiff.Counts(1, 1));
        assertThat(WordDiff.count("a a a a b", "a a a a a b")).isEqualTo(new WordDiff.Counts(1, 0));
        assertThat(WordDiff.count("the cat  sat", "the cat sat")).isEqualTo(new WordDiff.Counts(0, 0));
        assertThat(WordDiff.count("end.", "end. More")).isEqualTo(new WordDiff.Counts(1, 0));
    }

    @Test
    void count_of_a_large_changed_region_is_estimated_between_the_bags_of_words_and_all_its_words() {
        Random random = new Random(11);
        String[] words = "we chose a managed database because the team was small and on-call hurt".split(" ");
        for (int run = 0; run < 200; run++) {
            String old = randomText(random, words, 600 + random.nextInt(1400));
            String edited = edit(random, old, words, random.nextDouble() * 0.5);
            // changed at the very start and end too, so the changed region is the whole text (over 1,200 tokens)
            String neu = "Draft: " + edited + " End.";
            WordDiff.Counts counts = WordDiff.count(old, neu);
            WordDiff.Counts bag = bagDifference(old, neu);

            assertThat(counts.wordsAdded()).as("added, <%s> and <%s>", old, neu)
                    .isBetween(bag.wordsAdded(), Words.count(neu));
            assertThat(counts.wordsRemoved()).as("removed, <%s> and <%s>", old, neu)
                    .isBetween(bag.wordsRemoved(), Words.count(old));
            assertThat(counts.wordsAdded() - counts.wordsRemoved()).isEqualTo(Words.count(neu) - Words.count(old));
        }
        // text written into an empty region, or removed, is counted exactly, however long
        String text = randomText(random, words, 2000);
        assertThat(WordDiff.count("", text)).isEqualTo(new WordDiff.Counts(Words.count(text), 0));
        assertThat(WordDiff.count("Intro. " + text + " End.", "Intro.  End."))
                .isEqualTo(new WordDiff.Counts(0, Words.count(text)));
    }

    /** For every distinct word, occurrences gained count as added, occurrences lost as removed. */
    private static WordDiff.Counts bagDifference(String old, String neu) {
        java.util.Map<String, Integer> balance = new java.util.HashMap<>();
        Words.tokens(old).stream().filter(t -> !t.isBlank()).forEach(t -> balance.merge(t, -1, Integer::sum));
        Words.tokens(neu).stream().filter(t -> !t.isBlank()).forEach(t -> balance.merge(t, 1, Integer::sum));
        return new WordDiff.Counts(balance.values().stream().filter(v -> v > 0).mapToInt(v -> v).sum(),
                balance.values().stream().filter(v -> v < 0).mapToInt(v -> -v).sum());
    }

    private static int changedTokens(WordDiff.Result result) {
        return result.parts().stream().filter(p -> p.kind() != WordDiff.Kind.SAME)
                .mapToInt(p -> Words.tokens(p.text()).size()).sum();
    }

    private static void assertSameAsLibrary(String old, String neu) {
        WordDiff.Result result = WordDiff.compare(old, neu);
        assertThat(result).as("diff of <%s> and <%s>", old, neu).isEqualTo(library(old, neu));
        assertRebuildsBoth(result, old, neu);
    }

    private static void assertRebuildsBoth(WordDiff.Result result, String old, String neu) {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (WordDiff.Part part : result.parts()) {
            if (part.kind() != WordDiff.Kind.ADDED) {
                before.append(part.text());
            }
            if (part.kind() != WordDiff.Kind.REMOVED) {
                after.append(part.text());
            }
        }
        assertThat(before.toString()).isEqualTo(old);
        assertThat(after.toString()).isEqualTo(neu);
    }

    private static String randomText(Random random, String[] words, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(words[random.nextInt(words.length)]);
            b.append(random.nextInt(8) == 0 ? "\n\n" : random.nextInt(10) == 0 ? "  " : " ");
        }
        return b.toString();
    }

    private static String edit(Random random, String text, String[] words, double share) {
        List<String> out = new ArrayList<>();
        for (String token : Words.tokens(text)) {
            if (!token.isBlank() && random.nextDouble() < share) {
                switch (random.nextInt(3)) {
                    case 0 -> out.add(words[random.nextInt(words.length)]);
                    case 1 -> out.add(token + " " + words[random.nextInt(words.length)]);
                    default -> out.add("");
                }
            } else {
                out.add(token);
            }
        }
        return String.join("", out);
    }

    /** WordDiff as first written: java-diff-utils over the tokens. */
    private static WordDiff.Result library(String oldText, String newText) {
        List<String> a = Words.tokens(oldText);
        List<String> b = Words.tokens(newText);
        List<WordDiff.Part> parts = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(parts, WordDiff.Kind.SAME, a.subList(pos, start));
            List<String> del = delta.getSource().getLines();
            List<String> ins = delta.getTarget().getLines();
            append(parts, WordDiff.Kind.REMOVED, del);
            append(parts, WordDiff.Kind.ADDED, ins);
            removed += (int) del.stream().filter(t -> !t.isBlank()).count();
            added += (int) ins.stream().filter(t -> !t.isBlank()).count();
            pos = start + del.size();
        }
        append(parts, WordDiff.Kind.SAME, a.subList(pos, a.size()));
        return new WordDiff.Result(List.copyOf(parts), added, removed);
    }

    private static void append(List<WordDiff.Part> parts, WordDiff.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            WordDiff.Part last = parts.removeLast();
            parts.add(new WordDiff.Part(kind, last.text() + text));
        } else {
            parts.add(new WordDiff.Part(kind, text));
        }
    }
}
