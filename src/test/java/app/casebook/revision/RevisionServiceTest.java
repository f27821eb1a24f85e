package app.casebook.revision;

import static app.casebook.base.Fixtures.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.casestudy.RevisionKind;
import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.Section;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The revision history against a real database: H2 ({@link RevisionServiceH2Test}) and MySQL/MariaDB. */
abstract class RevisionServiceTest {

    @Autowired
    RevisionService revisions;

    @Autowired
    CaseStudyService caseStudies;

    @Autowired
    Fixtures fixtures;

    Account candidate;
    long caseStudyId;
    Section outcome;

    @BeforeEach
    void importSeed() {
        candidate = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(candidate);
        login(candidate);
        outcome = caseStudies.get(caseStudyId).sections().stream().filter(s -> s.heading().equals("The Outcome"))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_history_is_newest_first_and_comes_in_pages() {
        long first = save(outcome.revisionId(), "Uptime 99.9%.");
        long second = save(first, "Uptime 99.9%, costs down 40%.");
        long third = save(second, "Uptime 99.9%, costs down 40%, pages 60% faster.");

        List<Revision> page1 = revisions.history(caseStudyId, outcome.id(), 0, 2);
        List<Revision> page2 = revisions.history(caseStudyId, outcome.id(), 2, 2);

        assertThat(page1).extracting(Revision::id).containsExactly(third, second);
        assertThat(page2).extracting(Revision::id).containsExactly(first, outcome.revisionId());
        assertThat(page2.getLast().kind()).isEqualTo(RevisionKind.CREATED);
        assertThat(page2.getLast().body()).startsWith("[Placeholder: 9 months later");
        assertThat(revisions.count(caseStudyId, outcome.id())).isEqualTo(4);
        // The import wrote the four header fields and the six sections, then came the three saves.
        assertThat(revisions.count(caseStudyId, null)).isEqualTo(4 + 6 + 3);
        assertThat(revisions.history(caseStudyId, null, 0, 1)).extracting(Revision::id).containsExactly(third);
        assertThat(revisions.history(caseStudyId, null, 12, 5)).hasSize(1);
        // the same pages without the texts, for lists of revisions
        assertThat(revisions.historyRows(caseStudyId, outcome.id(), 0, 2)).extracting(Revision::id, Revision::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(third, null),
                        org.assertj.core.groups.Tuple.tuple(second, null));
        assertThat(revisions.historyRows(caseStudyId, outcome.id(), 2, 2)).extracting(Revision::id, Revision::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, RevisionKind.EDIT),
                        org.assertj.core.groups.Tuple.tuple(outcome.revisionId(), RevisionKind.CREATED));
    }

    @Test
    void restoring_an_old_text_adds_a_new_revision_and_keeps_the_old_ones() {
        long first = save(outcome.revisionId(), "Costs down 40 percent.");
        long second = save(first, "Costs down a lot.");

        Restored restored = revisions.restore(first);

        assertThat(restored.revisionId()).isGreaterThan(second);
        assertThat(section().body()).isEqualTo("Costs down 40 percent.");
        assertThat(section().revisionId()).isEqualTo(restored.revisionId());
        List<Revision> history = revisions.history(caseStudyId, outcome.id(), 0, 10);
        assertThat(history).extracting(Revision::id)
                .containsExactly(restored.revisionId(), second, first, outcome.revisionId());
        assertThat(history).extracting(Revision::body).startsWith("Costs down 40 percent.", "Costs down a lot.",
                "Costs down 40 percent.");
        assertThat(history.getFirst().authorName()).isEqualTo("Casey Candidate");
    }

    @Test
    void a_reviewer_sees_the_history_but_may_not_restore() {
        long first = save(outcome.revisionId(), "Costs down 40 percent.");
        save(first, "Costs down a lot.");
        Account reviewer = fixtures.account("Riley Reviewer");
        fixtures.addMember(caseStudyId, reviewer, MemberRole.REVIEWER);
        login(reviewer);

        assertThat(revisions.history(caseStudyId, outcome.id(), 0, 10)).hasSize(3);
        assertThatThrownBy(() -> revisions.restore(first)).isInstanceOf(AccessDeniedException.class);
        assertThat(section().body()).isEqualTo("Costs down a lot.");
    }

    @Test
    void a_stranger_sees_no_history_and_no_revision() {
        long first = save(outcome.revisionId(), "Costs down 40 percent.");
        login(fixtures.account("Stan Stranger"));

        assertThatThrownBy(() -> revisions.history(caseStudyId, null, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisions.get(first)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revisions.restore(first)).isInstanceOf(NotFoundException.class);
    }

    private long save(long baseRevisionId, String text) {
        SaveResult result = caseStudies.saveSectionText(outcome.id(), baseRevisionId, text);
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return result.revisionId();
    }

    private Section section() {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.id() == outcome.id()).findFirst()
                .orElseThrow();
    }
}
