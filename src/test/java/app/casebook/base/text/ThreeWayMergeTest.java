package app.casebook.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = "We sold furniture online.\n\nUsers grew 20% a month and the site went down weekly.";

    @Test
    void changes_in_different_places_are_both_kept() {
        String theirs = BASE.replace("furniture", "designer furniture");
        String mine = BASE.replace("went down weekly", "went down twice a week");

        assertThat(ThreeWayMerge.merge(BASE, theirs, mine)).contains(
                "We sold designer furniture online.\n\nUsers grew 20% a month and the site went down twice a week.");
        assertThat(ThreeWayMerge.merge(BASE, mine, theirs)).isEqualTo(ThreeWayMerge.merge(BASE, theirs, mine));
    }

    @Test
    void changes_to_the_same_words_are_a_conflict() {
        assertThat(ThreeWayMerge.merge("Costs fell by 40 percent.", "Costs fell by 45 percent.",
                "Costs fell by 38 percent.")).isEmpty();
    }

    @Test
    void two_insertions_at_the_same_place_are_a_conflict() {
        assertThat(ThreeWayMerge.merge("one two", "one big two", "one small two")).isEmpty();
    }

    @Test
    void a_change_next_to_the_other_change_is_a_conflict() {
        assertThat(ThreeWayMerge.merge("a b c", "a B c", "a b  c")).isEmpty();
    }

    @Test
    void the_very_same_change_made_twice_is_kept_once() {
        String theirs = BASE.replace("weekly", "every week");
        String mine = BASE.replace("weekly", "every week").replace("furniture", "sofas");

        assertThat(ThreeWayMerge.merge(BASE, theirs, theirs)).contains(theirs);
        assertThat(ThreeWayMerge.merge(BASE, theirs, mine)).contains(mine);
    }

    @Test
    void when_only_one_side_changed_its_text_wins() {
        assertThat(ThreeWayMerge.merge(BASE, BASE, "Rewritten.")).contains("Rewritten.");
        assertThat(ThreeWayMerge.merge(BASE, "Rewritten.", BASE)).contains("Rewritten.");
    }

    @Test
    void a_deletion_and_a_change_elsewhere_merge() {
        String theirs = BASE.replace("We sold furniture online.\n\n", "");
        String mine = BASE.replace("20%", "25%");

        assertThat(ThreeWayMerge.merge(BASE, theirs, mine))
                .contains("Users grew 25% a month and the site went down weekly.");
    }
}
