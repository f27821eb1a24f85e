package app.casebook.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyImporter.ImportedCaseStudy;
import app.casebook.casestudy.CaseStudyImporter.ImportedSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStudyImporterTest {

    /** The headings of the leadership template (V2__templates.sql), as the service passes them. */
    private static final List<String> LEADERSHIP = List.of("The Context", "The Challenge", "Your Approach",
            "Key Decisions", "The Outcome", "What You Learned");

    private static final List<String> SEED_PLACEHOLDERS = List.of(
            "Describe joining an e-commerce startup experiencing rapid growth. Company had just closed Series B, user "
                    + "base growing 20% month-over-month, but infrastructure couldn’t keep up. Frequent outages "
                    + "affecting revenue and customer trust. Board pressuring for reliability while maintaining growth "
                    + "trajectory.",
            "Monolithic architecture hitting scaling limits. Database becoming bottleneck. Infrastructure costs "
                    + "growing faster than revenue. Engineering team spending 60% of time on incidents vs. new "
                    + "features. Pressure to scale quickly without massive rewrite that would stall product "
                    + "development for 6+ months.",
            "Decided on incremental modernization strategy rather than full rewrite. Identified critical bottlenecks "
                    + "through data analysis. Prioritized high-impact, low-risk improvements. Split monolith "
                    + "gradually using strangler fig pattern. Implemented observability first to make informed "
                    + "decisions. Aligned engineering and product on delivery cadence during transition.",
            "Key decision 1 - Chose managed services (RDS, ElastiCache) over self-hosting to reduce operational "
                    + "burden. Key decision 2 - Implemented feature flags and progressive rollouts to mitigate risk. "
                    + "Key decision 3 - Paused non-critical features for one quarter to focus team on platform "
                    + "stability—hard sell to stakeholders but necessary.",
            "9 months later - 99.9% uptime achieved, infrastructure costs reduced 40% through optimization, page "
                    + "load times improved 60%, engineering velocity doubled, team morale significantly improved, "
                    + "positioned company for next stage of growth.",
            "Technical problems are usually organizational problems in disguise. Alignment between engineering and "
                    + "product is critical. Incremental progress beats big-bang rewrites. Observability enables good "
                    + "decisions. Sometimes you have to slow down to speed up.");

    private final CaseStudyImporter importer = new CaseStudyImporter(LEADERSHIP);

    @Test
    void the_seed_gives_its_title_role_context_and_headline() {
        ImportedCaseStudy seed = importer.parse(Fixtures.seedText());

        assertThat(seed.title()).isEqualTo("Platform Scaling for Hypergrowth");
        assertThat(seed.jobTitle()).isEqualTo("Chief Technology Officer");
        assertThat(seed.contextLine()).isEqualTo("E-commerce Startup (Series B, 50-person team)");
        assertThat(seed.headline()).isEqualTo("Rebuilt architecture to handle 10x user growth while reducing "
                + "infrastructure costs by 40% and improving reliability to 99.9% uptime.");
    }

    @Test
    void the_seed_gives_six_sections_whose_placeholders_are_their_text_and_their_guidance() {
        ImportedCaseStudy seed = importer.parse(Fixtures.seedText());

        assertThat(seed.sections()).extracting(ImportedSection::heading).containsExactlyElementsOf(LEADERSHIP);
        assertThat(seed.sections()).extracting(ImportedSection::body)
                .containsExactlyElementsOf(SEED_PLACEHOLDERS.stream().map(p -> "[Placeholder: " + p + "]").toList());
        assertThat(seed.sections()).extracting(ImportedSection::guidance).containsExactlyElementsOf(SEED_PLACEHOLDERS);
    }

    @Test
    void windows_line_endings_give_the_same_case_study() {
        String seed = Fixtures.seedText();

        assertThat(importer.parse(seed.replace("\n", "\r\n"))).isEqualTo(importer.parse(seed));
        assertThat(importer.parse("\uFEFF" + seed.replace("\n", "\r\n"))).isEqualTo(importer.parse(seed));
    }

    @Test
    void markdown_headings_that_no_template_knows_become_extra_sections() {
        ImportedCaseStudy cs = importer.parse("""
                # Payments Rewrite
                Role: Staff Engineer
                Context: Fintech scale-up
                Cut failed payments in half.

                ## The Context
                We processed 2M payments a day.

                ## Hiring the Team
                I hired four engineers.
                ### Onboarding
                Pairing for two weeks.

                The Outcome
                Failed payments fell from 4% to 2%.
                """);

        assertThat(cs.title()).isEqualTo("Payments Rewrite");
        assertThat(cs.headline()).isEqualTo("Cut failed payments in half.");
        assertThat(cs.sections()).extracting(ImportedSection::heading)
                .containsExactly("The Context", "Hiring the Team", "The Outcome");
        assertThat(cs.sections().get(1).body())
                .isEqualTo("I hired four engineers.\n### Onboarding\nPairing for two weeks.");
        assertThat(cs.sections().get(1).guidance()).isNull();
        assertThat(cs.sections().get(2).body()).isEqualTo("Failed payments fell from 4% to 2%.");
    }

    @Test
    void text_before_the_first_heading_is_kept_as_an_introduction() {
        ImportedCaseStudy cs = importer.parse("""
                Payments Rewrite
                Role: Staff Engineer
                Context: Fintech scale-up
                Cut failed payments in half.
                This paragraph comes before any heading.

                And so does this one.
                The Context
                We processed 2M payments a day.
                """);

        assertThat(cs.sections()).extracting(ImportedSection::heading)
                .containsExactly(CaseStudyImporter.INTRODUCTION, "The Context");
        assertThat(cs.sections().getFirst().body())
                .isEqualTo("This paragraph comes before any heading.\n\nAnd so does this one.");
    }

    @Test
    void labelled_headlines_and_bold_headings_with_a_colon_are_recognised() {
        ImportedCaseStudy cs = importer.parse("""
                **Title:** Payments Rewrite
                **Role:** Staff Engineer
                Headline: Cut failed payments in half.
                **The Challenge:**
                Retries were [Placeholder: say how many] per payment.
                """);

        assertThat(cs.title()).isEqualTo("Payments Rewrite");
        assertThat(cs.jobTitle()).isEqualTo("Staff Engineer");
        assertThat(cs.contextLine()).isEmpty();
        assertThat(cs.headline()).isEqualTo("Cut failed payments in half.");
        assertThat(cs.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("The Challenge");
            assertThat(s.body()).isEqualTo("Retries were [Placeholder: say how many] per payment.");
            assertThat(s.guidance()).isEqualTo("say how many");
        });
    }

    @Test
    void an_empty_document_is_refused() {
        assertThatThrownBy(() -> importer.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The document is empty.");
        assertThatThrownBy(() -> importer.parse(" \r\n\n\t\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The document is empty.");
    }

    @Test
    void a_title_alone_is_a_case_study_without_sections() {
        ImportedCaseStudy cs = importer.parse("Payments Rewrite\n");

        assertThat(cs.title()).isEqualTo("Payments Rewrite");
        assertThat(cs.headline()).isEmpty();
        assertThat(cs.sections()).isEmpty();
    }
}
