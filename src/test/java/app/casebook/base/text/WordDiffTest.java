package app.casebook.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.text.WordDiff.Kind;
import app.casebook.base.text.WordDiff.Part;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void a_replaced_word_is_shown_removed_then_added_between_the_unchanged_text() {
        WordDiff.Result diff = WordDiff.compare("the quick brown fox", "the slow brown fox");

        assertThat(diff.parts()).containsExactly(new Part(Kind.SAME, "the "), new Part(Kind.REMOVED, "quick"),
                new Part(Kind.ADDED, "slow"), new Part(Kind.SAME, " brown fox"));
        assertThat(diff.wordsAdded()).isEqualTo(1);
        assertThat(diff.wordsRemoved()).isEqualTo(1);
        assertThat(diff.unchanged()).isFalse();
    }

    @Test
    void the_parts_give_back_both_texts() {
        String older = "We cut costs by 40%.\n\nThe team grew to 50 people.";
        String newer = "We cut infrastructure costs by 45% in nine months.\n\nThe team grew to 50 people.";

        WordDiff.Result diff = WordDiff.compare(older, newer);

        assertThat(text(diff, Kind.ADDED)).isEqualTo(newer);
        assertThat(text(diff, Kind.REMOVED)).isEqualTo(older);
        assertThat(diff.wordsAdded()).isEqualTo(5);
        assertThat(diff.wordsRemoved()).isEqualTo(1);
    }

    @Test
    void identical_texts_are_unchanged() {
        WordDiff.Result diff = WordDiff.compare("Same text.", "Same text.");

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.parts()).containsExactly(new Part(Kind.SAME, "Same text."));
    }

    @Test
    void a_change_of_spacing_shows_but_counts_no_words() {
        WordDiff.Result diff = WordDiff.compare("one two", "one\n\ntwo");

        assertThat(diff.unchanged()).isFalse();
        assertThat(diff.wordsAdded()).isZero();
        assertThat(diff.wordsRemoved()).isZero();
    }

    @Test
    void text_written_into_an_empty_section_is_all_added() {
        WordDiff.Result diff = WordDiff.compare("", "Three new words");

        assertThat(diff.parts()).containsExactly(new Part(Kind.ADDED, "Three new words"));
        assertThat(diff.wordsAdded()).isEqualTo(3);
        assertThat(WordDiff.compare(null, null).unchanged()).isTrue();
    }

    @Test
    void a_section_rewritten_throughout_counts_the_words_that_changed_and_not_those_that_stayed() {
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (int quarter = 1; quarter <= 300; quarter++) {
            older.append("In quarter ").append(quarter).append(" we cut costs. ");
            newer.append("In quarter ").append(quarter).append(" we hired engineers. ");
        }

        WordDiff.Counts counts = WordDiff.count(older.toString(), newer.toString());

        // some 7,200 tokens changed between the first and last sentence: estimated, not diffed; here as a diff says
        assertThat(counts).isEqualTo(new WordDiff.Counts(600, 600));
        WordDiff.Result diff = WordDiff.compare(older.toString(), newer.toString());
        assertThat(counts).isEqualTo(new WordDiff.Counts(diff.wordsAdded(), diff.wordsRemoved()));
    }

    @Test
    void a_long_text_pasted_into_an_empty_section_counts_all_its_words_as_added() {
        String pasted = "Our platform moved to a managed database within six weeks. ".repeat(120);

        assertThat(WordDiff.count("", pasted)).isEqualTo(new WordDiff.Counts(1200, 0));
        assertThat(WordDiff.count(pasted, "")).isEqualTo(new WordDiff.Counts(0, 1200));
    }

    /** The text a side sees: the unchanged parts plus that side's own parts. */
    private static String text(WordDiff.Result diff, Kind side) {
        return diff.parts().stream().filter(p -> p.kind() == Kind.SAME || p.kind() == side).map(Part::text)
                .collect(Collectors.joining());
    }
}
