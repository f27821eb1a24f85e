package app.casebook.casestudy;

import static app.casebook.base.Fixtures.as;
import static app.casebook.base.Fixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rules of {@link CaseStudyService} against a real database. Runs on H2 ({@link CaseStudyServiceH2Test}) and on
 * MySQL/MariaDB ({@link CaseStudyServiceMySqlTest}).
 */
abstract class CaseStudyServiceTest {

    @Autowired
    CaseStudyService caseStudies;

    @Autowired
    RevisionService revisions;

    @Autowired
    Fixtures fixtures;

    Account candidate;

    @BeforeEach
    void createCandidate() {
        candidate = fixtures.account("Casey Candidate");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_case_study_created_from_a_template_starts_with_the_template_sections_and_guidance() {
        login(candidate);
        Template star = caseStudies.templates().stream().filter(t -> t.code().equals("star")).findFirst()
                .orElseThrow();

        long id = caseStudies.create("  Moving billing to the cloud ", star.id());

        CaseStudyDetails details = caseStudies.get(id);
        assertThat(details.caseStudy().title()).isEqualTo("Moving billing to the cloud");
        assertThat(details.caseStudy().myRole()).isEqualTo(MemberRole.OWNER);
        assertThat(details.caseStudy().ownerName()).isEqualTo("Casey Candidate");
        assertThat(details.sections()).extracting(Section::heading)
                .containsExactly("Situation", "Task", "Action", "Result");
        assertThat(details.sections()).extracting(Section::guidance)
                .containsExactlyElementsOf(star.sections().stream().map(Template.TemplateSection::guidance).toList());
        assertThat(details.sections()).extracting(Section::body).containsOnly("");
        assertThat(details.sections()).extracting(Section::outcome).containsExactly(false, false, false, true);
        assertThat(caseStudies.listMine()).extracting(CaseStudySummary::id).containsExactly(id);
    }

    @Test
    void importing_the_seed_gives_its_header_and_six_sections_with_the_placeholders_as_guidance() {
        long id = fixtures.importSeed(candidate);

        login(candidate);
        CaseStudyDetails details = caseStudies.get(id);
        CaseStudy header = details.caseStudy();
        assertThat(header.title()).isEqualTo("Platform Scaling for Hypergrowth");
        assertThat(header.jobTitle()).isEqualTo("Chief Technology Officer");
        assertThat(header.contextLine()).isEqualTo("E-commerce Startup (Series B, 50-person team)");
        assertThat(header.headline()).isEqualTo("Rebuilt architecture to handle 10x user growth while reducing "
                + "infrastructure costs by 40% and improving reliability to 99.9% uptime.");
        assertThat(details.sections()).extracting(Section::heading).containsExactly("The Context", "The Challenge",
                "Your Approach", "Key Decisions", "The Outcome", "What You Learned");
        assertThat(details.sections()).allSatisfy(s -> {
            assertThat(s.body()).startsWith("[Placeholder: ").endsWith("]");
            assertThat(s.guidance()).isEqualTo(s.body().substring("[Placeholder: ".length(), s.body().length() - 1));
        });
        Section outcome = details.sections().get(4);
        assertThat(outcome.guidance()).startsWith("9 months later - 99.9% uptime achieved");
        assertThat(outcome.outcome()).isTrue();
        assertThat(outcome.minWords()).isEqualTo(50);
        assertThat(outcome.maxWords()).isEqualTo(300);
    }

    @Test
    void saving_a_section_text_stores_a_revision_with_author_section_and_text() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        Section context = section(id, "The Context");
        int revisionsBefore = revisions.count(id, null);

        SaveResult result = caseStudies.saveSectionText(context.id(), context.revisionId(),
                "I joined a shop whose users grew 20% a month.");

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(section(id, "The Context").body()).isEqualTo("I joined a shop whose users grew 20% a month.");
        assertThat(section(id, "The Context").revisionId()).isEqualTo(result.revisionId());
        assertThat(revisions.count(id, null)).isEqualTo(revisionsBefore + 1);
        Revision newest = revisions.history(id, null, 0, 1).getFirst();
        assertThat(newest.id()).isEqualTo(result.revisionId());
        assertThat(newest.authorId()).isEqualTo(candidate.id());
        assertThat(newest.authorName()).isEqualTo("Casey Candidate");
        assertThat(newest.sectionId()).isEqualTo(context.id());
        assertThat(newest.heading()).isEqualTo("The Context");
        assertThat(newest.body()).isEqualTo("I joined a shop whose users grew 20% a month.");
    }

    @Test
    void a_saved_text_is_the_last_change_on_the_dashboard_with_who_made_it() throws InterruptedException {
        long older = fixtures.importSeed(candidate);
        long newer = fixtures.importSeed(candidate);
        Account editor = fixtures.account("Eddie Editor");
        fixtures.addMember(older, editor, MemberRole.EDITOR);
        Thread.sleep(1_001); // Connector/J sends MariaDB whole seconds (it reads MariaDB's version as 5.5.5)
        login(editor);
        Section context = section(older, "The Context");
        caseStudies.saveSectionText(context.id(), context.revisionId(), "Users grew 20% a month.");
        Revision saved = revisions.history(older, context.id(), 0, 1).getFirst();

        login(candidate);
        List<CaseStudySummary> mine = caseStudies.listMine();

        assertThat(mine).extracting(CaseStudySummary::id).containsExactly(older, newer);
        assertThat(mine.getFirst().updatedByName()).isEqualTo("Eddie Editor");
        assertThat(mine.getFirst().updatedAt()).isEqualTo(saved.createdAt());
        assertThat(mine.get(1).updatedByName()).isEqualTo("Casey Candidate");
    }

    @Test
    void saving_an_unchanged_text_stores_no_revision() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        Section context = section(id, "The Context");
        int revisionsBefore = revisions.count(id, null);

        SaveResult result = caseStudies.saveSectionText(context.id(), context.revisionId(), context.body());

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(result.revisionId()).isEqualTo(context.revisionId());
        assertThat(revisions.count(id, null)).isEqualTo(revisionsBefore);
    }

    @Test
    void a_save_on_a_stale_base_merges_changes_made_to_different_places() {
        long id = fixtures.importSeed(candidate);
        Account editor = fixtures.account("Eddie Editor");
        fixtures.addMember(id, editor, MemberRole.EDITOR);
        login(candidate);
        Section context = section(id, "The Context");
        String base = "We sold furniture online.\n\nUsers grew 20% a month and the site went down weekly.";
        long opened = caseStudies.saveSectionText(context.id(), context.revisionId(), base).revisionId();

        caseStudies.saveSectionText(context.id(), opened, base.replace("furniture", "designer furniture"));
        SaveResult editorsSave = as(editor, () -> caseStudies.saveSectionText(context.id(), opened,
                base.replace("went down weekly", "went down twice a week")));

        String both = "We sold designer furniture online.\n\nUsers grew 20% a month and the site went down twice a week.";
        assertThat(editorsSave).isInstanceOf(SaveResult.Merged.class);
        assertThat(((SaveResult.Merged) editorsSave).text()).isEqualTo(both);
        assertThat(section(id, "The Context").body()).isEqualTo(both);
        Revision newest = revisions.history(id, context.id(), 0, 1).getFirst();
        assertThat(newest.body()).isEqualTo(both);
        assertThat(newest.authorName()).isEqualTo("Eddie Editor");
        assertThat(newest.kind()).isEqualTo(RevisionKind.MERGE);
    }

    @Test
    void overlapping_changes_give_a_conflict_and_the_history_keeps_both_texts() {
        long id = fixtures.importSeed(candidate);
        Account editor = fixtures.account("Eddie Editor");
        fixtures.addMember(id, editor, MemberRole.EDITOR);
        login(candidate);
        Section outcome = section(id, "The Outcome");
        long opened = caseStudies.saveSectionText(outcome.id(), outcome.revisionId(),
                "Costs fell by 40 percent in nine months.").revisionId();

        caseStudies.saveSectionText(outcome.id(), opened, "Costs fell by 45 percent in nine months.");
        SaveResult editorsSave = as(editor, () -> caseStudies.saveSectionText(outcome.id(), opened,
                "Costs fell by 38 percent in nine months."));

        assertThat(editorsSave).isInstanceOf(SaveResult.Conflict.class);
        var conflict = (SaveResult.Conflict) editorsSave;
        assertThat(conflict.theirText()).isEqualTo("Costs fell by 45 percent in nine months.");
        assertThat(conflict.myText()).isEqualTo("Costs fell by 38 percent in nine months.");
        assertThat(section(id, "The Outcome").body()).isEqualTo("Costs fell by 45 percent in nine months.");
        List<Revision> history = revisions.history(id, outcome.id(), 0, 10);
        assertThat(history).extracting(Revision::body).contains("Costs fell by 45 percent in nine months.",
                "Costs fell by 38 percent in nine months.");
        Revision kept = history.getFirst();
        assertThat(kept.id()).isEqualTo(conflict.conflictRevisionId());
        assertThat(kept.kind()).isEqualTo(RevisionKind.CONFLICT);
        assertThat(kept.authorName()).isEqualTo("Eddie Editor");
    }

    @Test
    void a_text_over_the_limit_is_refused_with_a_message_and_nothing_is_stored() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        Section context = section(id, "The Context");
        int revisionsBefore = revisions.count(id, null);

        assertThatThrownBy(() -> caseStudies.saveSectionText(context.id(), context.revisionId(),
                "word ".repeat(4_001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A section can have at most 20,000 characters; this one has 20,005.");

        assertThat(section(id, "The Context").body()).isEqualTo(context.body());
        assertThat(revisions.count(id, null)).isEqualTo(revisionsBefore);
    }

    @Test
    void a_stranger_gets_not_found_for_the_case_study_and_its_sections() {
        long id = fixtures.importSeed(candidate);
        Section context = as(candidate, () -> section(id, "The Context"));
        Account stranger = fixtures.account("Stan Stranger");
        login(stranger);

        assertThat(caseStudies.listMine()).isEmpty();
        assertThatThrownBy(() -> caseStudies.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseStudies.saveSectionText(context.id(), context.revisionId(), "Mine now."))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisions.history(id, null, 0, 10)).isInstanceOf(NotFoundException.class);
        String notVisible = catchMessage(() -> caseStudies.get(id));
        String notThere = catchMessage(() -> caseStudies.get(Long.MAX_VALUE));
        assertThat(notVisible).isEqualTo(notThere);
        assertThat(as(candidate, () -> section(id, "The Context")).body()).isEqualTo(context.body());
    }

    @Test
    void a_reviewer_reads_the_case_study_but_may_not_save_a_section() {
        long id = fixtures.importSeed(candidate);
        Account reviewer = fixtures.account("Riley Reviewer");
        fixtures.addMember(id, reviewer, MemberRole.REVIEWER);
        login(reviewer);
        Section context = section(id, "The Context");

        assertThat(caseStudies.get(id).caseStudy().myRole()).isEqualTo(MemberRole.REVIEWER);
        assertThatThrownBy(() -> caseStudies.saveSectionText(context.id(), context.revisionId(), "Better text."))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(section(id, "The Context").body()).isEqualTo(context.body());
    }

    @Test
    void nobody_who_is_not_logged_in_gets_anything() {
        long id = fixtures.importSeed(candidate);

        assertThatThrownBy(() -> caseStudies.get(id))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> caseStudies.listMine())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    Section section(long caseStudyId, String heading) {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow();
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("Expected an exception");
    }

    @Test
    void a_header_save_on_an_old_base_merges_other_words_and_keeps_an_overlap_as_a_conflict_not_last_writer_wins() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        String base = "Cut costs by 40 percent.";
        caseStudies.saveHeader(id, HeaderField.HEADLINE, caseStudies.get(id).caseStudy().headline(), base);
        caseStudies.saveHeader(id, HeaderField.HEADLINE, base, "We cut costs by 40 percent.");

        SaveResult merged = caseStudies.saveHeader(id, HeaderField.HEADLINE, base, "Cut costs by 40 percent in a year.");
        assertThat(merged).isInstanceOf(SaveResult.Merged.class);
        assertThat(caseStudies.get(id).caseStudy().headline()).isEqualTo("We cut costs by 40 percent in a year.");

        SaveResult conflict = caseStudies.saveHeader(id, HeaderField.HEADLINE, base, "Halved costs by 40 percent.");
        assertThat(conflict).isInstanceOf(SaveResult.Conflict.class);
        assertThat(caseStudies.get(id).caseStudy().headline()).isEqualTo("We cut costs by 40 percent in a year.");
        Revision kept = revisions.history(id, null, 0, 1).getFirst();
        assertThat(kept.kind()).isEqualTo(RevisionKind.CONFLICT);
        assertThat(kept.body()).isEqualTo("Halved costs by 40 percent.");

        caseStudies.resolveHeaderConflict(id, HeaderField.HEADLINE, "We cut costs by 40 percent in a year.",
                "We cut costs by 40 percent in a year.");
        assertThat(revisions.history(id, null, 0, 1).getFirst().kind()).isEqualTo(RevisionKind.RESOLVED);
    }

    @Test
    void a_rename_on_an_old_base_is_merged_or_kept_as_a_conflict_instead_of_overwriting_a_concurrent_rename() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        Section context = caseStudies.get(id).sections().getFirst();

        caseStudies.renameSection(context.id(), "The Context", "The Context Then");
        SaveResult merged = caseStudies.renameSection(context.id(), "The Context", "Our The Context");
        assertThat(merged).isInstanceOf(SaveResult.Merged.class);
        assertThat(caseStudies.get(id).sections().getFirst().heading()).isEqualTo("Our The Context Then");

        SaveResult conflict = caseStudies.renameSection(context.id(), "The Context", "A Context");
        assertThat(conflict).isInstanceOf(SaveResult.Conflict.class);
        assertThat(caseStudies.get(id).sections().getFirst().heading()).isEqualTo("Our The Context Then");
    }

    @Test
    void choosing_the_other_persons_text_after_a_conflict_is_still_recorded_as_a_resolution() {
        long id = fixtures.importSeed(candidate);
        login(candidate);
        Section context = caseStudies.get(id).sections().getFirst();
        SaveResult theirs = caseStudies.saveSectionText(context.id(), context.revisionId(), "Their text.");

        SaveResult resolved = caseStudies.resolveSectionConflict(context.id(), theirs.revisionId(), "Their text.");

        assertThat(resolved.revisionId()).isGreaterThan(theirs.revisionId());
        assertThat(revisions.history(id, context.id(), 0, 1).getFirst().kind()).isEqualTo(RevisionKind.RESOLVED);
    }
}
