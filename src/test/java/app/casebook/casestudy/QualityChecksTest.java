package app.casebook.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.CaseStudyImporter.ImportedSection;
import app.casebook.casestudy.QualityChecks.Issue;
import app.casebook.casestudy.QualityChecks.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityChecksTest {

    private static final List<String> SEED_HEADINGS = List.of("The Context", "The Challenge", "Your Approach",
            "Key Decisions", "The Outcome", "What You Learned");

    static String seed() throws IOException {
        try (InputStream in = QualityChecksTest.class.getResourceAsStream("/demo/platform-scaling-for-hypergrowth.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Section> seedSections() throws IOException {
        var parsed = new CaseStudyImporter(SEED_HEADINGS).parse(seed());
        List<Section> sections = new ArrayList<>();
        long id = 1;
        for (ImportedSection s : parsed.sections()) {
            boolean outcome = s.heading().equals("The Outcome");
            sections.add(section(id++, s.heading(), s.body(), 50, 300, outcome));
        }
        return sections;
    }

    private static Section section(long id, String heading, String body, Integer min, Integer max, boolean outcome) {
        return new Section(id, 1, (int) id, heading, body, null, min, max, outcome, 1, null, null);
    }

    private static List<Kind> kinds(List<Issue> issues) {
        return issues.stream().map(Issue::kind).toList();
    }

    @Test
    void the_seed_as_imported_fails_the_placeholder_check_on_every_one_of_its_six_sections() throws IOException {
        List<Section> sections = seedSections();
        assertThat(sections).hasSize(6);
        List<Issue> issues = QualityChecks.check(sections);

        for (Section s : sections) {
            assertThat(issues).filteredOn(i -> i.sectionId() == s.id())
                    .extracting(Issue::kind).containsExactly(Kind.PLACEHOLDER);
        }
        assertThat(QualityChecks.summary(issues)).isEqualTo("6 issues: 6 placeholders to replace.");
    }

    @Test
    void an_outcome_that_reduced_costs_by_40_percent_passes() {
        var issues = QualityChecks.check(7, "The Outcome", "We reduced costs by 40% within the year.", null, null, true);
        assertThat(issues).isEmpty();
    }

    @Test
    void an_outcome_that_improved_a_lot_fails_with_a_message_saying_what_to_add() {
        var issues = QualityChecks.check(7, "The Outcome", "Things improved a lot.", null, null, true);
        assertThat(kinds(issues)).containsExactly(Kind.NO_MEASURABLE_RESULT);
        assertThat(issues.getFirst().message()).contains("The Outcome").contains("measurable result");
    }

    @Test
    void numbers_amounts_durations_and_multiples_count_as_measurable_results() {
        assertThat(QualityChecks.hasMeasurableResult("Raised $2M in seed funding.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Saved €300k a year.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Shipped 9 months later.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Shipped within two weeks.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Ten percent fewer incidents.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Engineering velocity doubled.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Latency went from 900 ms to 120 ms.")).isTrue();
        assertThat(QualityChecks.hasMeasurableResult("Growth of 3x over 2021 levels.")).isTrue();
    }

    @Test
    void list_markers_years_and_placeholders_are_not_measurable_results() {
        assertThat(QualityChecks.hasMeasurableResult("1. Better morale\n2. Happier customers")).isFalse();
        assertThat(QualityChecks.hasMeasurableResult("In 2021, things got better.")).isFalse();
        assertThat(QualityChecks.hasMeasurableResult("Since 2019 we improved.")).isFalse();
        assertThat(QualityChecks.hasMeasurableResult("[Placeholder: 99.9% uptime] It went well.")).isFalse();
        assertThat(QualityChecks.hasMeasurableResult("One of the best outcomes.")).isFalse();
    }

    @Test
    void an_empty_section_is_reported_once_as_empty() {
        var issues = QualityChecks.check(3, "Key Decisions", "  \n ", 80, 400, true);
        assertThat(kinds(issues)).containsExactly(Kind.EMPTY);
        assertThat(issues.getFirst().message()).isEqualTo("“Key Decisions” is empty: write it or remove the section.");
    }

    @Test
    void word_counts_outside_the_template_range_are_reported_only_when_a_range_is_set() {
        String tenWords = "one two three four five six seven eight nine ten";
        assertThat(kinds(QualityChecks.check(1, "A", tenWords, 20, 100, false))).containsExactly(Kind.TOO_SHORT);
        assertThat(QualityChecks.check(1, "A", tenWords, 20, 100, false).getFirst().message())
                .isEqualTo("“A” has 10 words; the template recommends 20–100 words.");
        assertThat(kinds(QualityChecks.check(1, "A", tenWords, 1, 5, false))).containsExactly(Kind.TOO_LONG);
        assertThat(QualityChecks.check(1, "A", tenWords, 10, 10, false)).isEmpty();
        assertThat(QualityChecks.check(1, "A", tenWords, null, null, false)).isEmpty();
        assertThat(QualityChecks.check(1, "A", "word", 0, 0, false)).isEmpty();
    }

    @Test
    void words_inside_a_placeholder_do_not_count_towards_the_length() {
        String text = "[Placeholder: " + "guidance ".repeat(100) + "] Five words of my own.";
        assertThat(kinds(QualityChecks.check(1, "A", text, 20, 60, false)))
                .containsExactly(Kind.PLACEHOLDER, Kind.TOO_SHORT);
    }

    @Test
    void a_case_study_without_issues_is_ready_for_review() {
        assertThat(QualityChecks.summary(List.of())).startsWith("Ready for review");
    }
}
