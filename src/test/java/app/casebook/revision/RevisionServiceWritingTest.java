package app.casebook.revision;

import app.casebook.base.KaribuTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.revision.FieldComparison.Change;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RevisionServiceWritingTest extends KaribuTest {

    @Autowired
    RevisionService revisions;

    private Account casey;
    private long caseStudyId;

    @BeforeEach
    void seed() {
        casey = newAccount("Casey Candidate");
        login(casey);
        caseStudyId = importSeed();
    }

    private long latest() {
        return revisions.history(caseStudyId, null, 0, 1).getFirst().id();
    }

    private static Map<String, FieldComparison> byKey(List<FieldComparison> list) {
        return list.stream().collect(Collectors.toMap(FieldComparison::key, c -> c));
    }

    @Test
    void the_whole_case_study_compared_before_and_after_shows_changed_renamed_added_and_removed_parts() {
        long afterImport = latest();
        Section context = section(caseStudyId, "The Context");
        Section learned = section(caseStudyId, "What You Learned");
        caseStudies.saveSectionText(context.id(), context.revisionId(), "New context.");
        caseStudies.renameSection(context.id(), "Where I Started");
        caseStudies.removeSection(learned.id());
        long added = caseStudies.addSection(caseStudyId, "Appendix", 5);
        caseStudies.updateHeader(caseStudyId, HeaderField.JOB_TITLE, "VP Engineering");

        var result = byKey(revisions.compareCaseStudy(caseStudyId, afterImport, latest()));

        assertThat(result.get("title").change()).isEqualTo(Change.UNCHANGED);
        assertThat(result.get("job_title").change()).isEqualTo(Change.CHANGED);
        assertThat(result.get("section-" + context.id()).change()).isEqualTo(Change.CHANGED);
        assertThat(result.get("section-" + context.id()).label()).isEqualTo("The Context → Where I Started");
        assertThat(result.get("section-" + learned.id()).change()).isEqualTo(Change.REMOVED);
        assertThat(result.get("section-" + added).change()).isEqualTo(Change.ADDED);
        assertThat(result.get("section-" + section(caseStudyId, "Key Decisions").id()).change())
                .isEqualTo(Change.UNCHANGED);
    }

    @Test
    void the_same_comparison_in_either_order_reads_from_older_to_newer() {
        long afterImport = latest();
        caseStudies.updateHeader(caseStudyId, HeaderField.TITLE, "A new title");
        long now = latest();

        var forward = revisions.compareCaseStudy(caseStudyId, afterImport, now);
        var backward = revisions.compareCaseStudy(caseStudyId, now, afterImport);

        assertThat(backward).isEqualTo(forward);
        assertThat(byKey(forward).get("title").diff().wordsAdded()).isEqualTo(3);
    }

    @Test
    void a_section_brought_back_after_removal_is_there_again_in_the_history() {
        Section learned = section(caseStudyId, "What You Learned");
        long beforeRemoval = latest();
        caseStudies.removeSection(learned.id());
        caseStudies.undoRemoveSection(learned.id(), 6);

        var result = byKey(revisions.compareCaseStudy(caseStudyId, beforeRemoval, latest()));

        assertThat(result.get("section-" + learned.id()).change()).isEqualTo(Change.UNCHANGED);
    }

    @Test
    void the_revision_at_a_time_is_the_last_one_made_by_then() {
        assertThat(revisions.revisionAt(caseStudyId, Instant.parse("2000-01-01T00:00:00Z"))).isZero();
        assertThat(revisions.revisionAt(caseStudyId, Instant.now().plusSeconds(60))).isEqualTo(latest());
    }

    @Test
    void revisions_of_another_case_study_cannot_be_compared_here() {
        long other = importSeed();
        long foreign = revisions.history(other, null, 0, 1).getFirst().id();

        assertThatThrownBy(() -> revisions.compareCaseStudy(caseStudyId, 0, foreign))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changes_since_the_last_visit_leave_out_my_own_and_are_empty_on_the_first_visit() {
        Account riley = newAccount("Riley Reviewer");
        addMember(caseStudyId, riley, MemberRole.EDITOR);
        assertThat(revisions.changesSinceLastVisit(caseStudyId).lastVisitedAt()).isNull();
        revisions.markVisited(caseStudyId);

        Section outcome = section(caseStudyId, "The Outcome");
        caseStudies.saveSectionText(outcome.id(), outcome.revisionId(), "My own change: 40%.");
        login(riley);
        Section again = section(caseStudyId, "The Outcome");
        caseStudies.saveSectionText(again.id(), again.revisionId(), "Riley's change: 40% in 9 months.");
        long appendix = caseStudies.addSection(caseStudyId, "Appendix", 6);
        login(casey);

        ChangesSinceVisit changes = revisions.changesSinceLastVisit(caseStudyId);

        assertThat(changes.lastVisitedAt()).isNotNull();
        assertThat(changes.forSection(outcome.id()).orElseThrow().authors()).containsExactly("Riley Reviewer");
        assertThat(changes.forSection(appendix).orElseThrow().added()).isTrue();
        assertThat(changes.changes()).hasSize(2);

        revisions.markVisited(caseStudyId);
        assertThat(revisions.changesSinceLastVisit(caseStudyId).isEmpty()).isTrue();
    }

    @Test
    void a_stranger_learns_nothing_about_visits_or_changes() {
        login(newAccount("Stranger"));

        assertThatThrownBy(() -> revisions.changesSinceLastVisit(caseStudyId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisions.markVisited(caseStudyId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisions.compareCaseStudy(caseStudyId, 0, 0)).isInstanceOf(NotFoundException.class);
    }
}
