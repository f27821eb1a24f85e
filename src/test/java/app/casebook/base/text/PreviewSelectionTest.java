package app.casebook.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreviewSelectionTest {

    private static String quoted(String source, String selected, double at) {
        Optional<PreviewSelection.Range> r = PreviewSelection.find(source, selected, at);
        return r.map(x -> source.substring(x.start(), x.end())).orElse(null);
    }

    @Test
    void plain_words_are_found_as_they_are() {
        assertThat(quoted("We moved billing to Kafka in 2021.", "billing to Kafka", 0.2)).isEqualTo("billing to Kafka");
    }

    @Test
    void emphasis_and_links_in_the_source_are_stepped_over() {
        String source = "We moved **billing** to [Kafka](https://kafka.apache.org) in 2021.";

        assertThat(quoted(source, "billing to Kafka in", 0.2))
                .isEqualTo("billing** to [Kafka](https://kafka.apache.org) in");
    }

    @Test
    void a_selection_over_two_list_items_is_found() {
        String source = "Results:\n\n- latency fell\n- costs fell\n";

        assertThat(quoted(source, "latency fell\ncosts fell", 0.3)).isEqualTo("latency fell\n- costs fell");
    }

    @Test
    void of_two_occurrences_the_one_nearest_the_position_in_the_preview_wins() {
        String source = "Costs fell. " + "x".repeat(100) + " Costs fell.";

        PreviewSelection.Range first = PreviewSelection.find(source, "Costs fell", 0.0).orElseThrow();
        PreviewSelection.Range second = PreviewSelection.find(source, "Costs fell", 0.95).orElseThrow();

        assertThat(first.start()).isZero();
        assertThat(second.start()).isEqualTo(source.lastIndexOf("Costs fell"));
    }

    @Test
    void words_that_are_not_in_the_source_in_that_order_are_not_mapped() {
        assertThat(PreviewSelection.find("Latency fell by forty percent.", "forty fell", 0.5)).isEmpty();
        assertThat(PreviewSelection.find("text", "   ", 0.5)).isEmpty();
        assertThat(PreviewSelection.find("text", "t".repeat(PreviewSelection.MAX_SELECTION + 1), 0.5)).isEmpty();
    }

    @Test
    void emoji_and_cjk_keep_whole_characters() {
        String source = "Launch 🚀 went well; 成功 of the team.";

        assertThat(quoted(source, "🚀 went well; 成功", 0.2)).isEqualTo("🚀 went well; 成功");
    }
}
