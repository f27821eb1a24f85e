package app.casebook.casestudy;

import static app.casebook.base.Fixtures.as;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.REVISION;
import static app.casebook.db.Tables.SECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.NotFoundException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/** Deleting a case study: "Recently deleted" for 30 days, restore by the owner, then the purge. */
@CasebookSpringTest
class CaseStudyDeletionTest {

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    CaseStudyPurge purge;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    ApplicationEventMulticaster multicaster;

    @Test
    void a_deleted_case_study_is_gone_for_its_members_at_once_and_the_owner_restores_it_from_recently_deleted() {
        Account owner = fixtures.account("Deleting owner");
        Account editor = fixtures.account("Deleting editor");
        long id = fixtures.importSeed(owner);
        fixtures.addMember(id, editor, MemberRole.EDITOR);

        as(owner, () -> caseStudies.delete(id));

        assertThatThrownBy(() -> as(editor, () -> caseStudies.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(editor, () -> caseStudies.listMine())).extracting(CaseStudySummary::id).doesNotContain(id);
        assertThat(as(owner, () -> caseStudies.listMine())).extracting(CaseStudySummary::id).doesNotContain(id);
        assertThat(as(owner, () -> caseStudies.recentlyDeleted())).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo(Fixtures.SEED_TITLE);
            assertThat(d.purgeAfter()).isEqualTo(d.deletedAt().plus(java.time.Duration.ofDays(30)));
        });
        assertThat(as(editor, () -> caseStudies.recentlyDeleted())).isEmpty();
        assertThatThrownBy(() -> as(editor, () -> caseStudies.restoreDeleted(id)))
                .isInstanceOf(NotFoundException.class);

        as(owner, () -> caseStudies.restoreDeleted(id));

        assertThat(as(editor, () -> caseStudies.get(id)).sections()).hasSize(6);
        assertThat(as(owner, () -> caseStudies.recentlyDeleted())).isEmpty();
    }

    @Test
    void after_thirty_days_the_case_study_can_no_longer_be_restored_and_the_purge_removes_its_rows() {
        Account owner = fixtures.account("Purged owner");
        Account viewer = fixtures.account("Purged viewer");
        long id = fixtures.importSeed(owner);
        long kept = fixtures.importSeed(owner);
        fixtures.addMember(id, viewer, MemberRole.VIEWER);
        as(owner, () -> {
            caseStudies.delete(id);
            caseStudies.delete(kept);
        });
        db.update(CASE_STUDY).set(CASE_STUDY.DELETED_AT, LocalDateTime.now(ZoneOffset.UTC).minusDays(30).minusMinutes(1))
                .where(CASE_STUDY.ID.eq(id)).execute();

        assertThat(as(owner, () -> caseStudies.recentlyDeleted())).extracting(DeletedCaseStudy::id)
                .containsExactly(kept);
        assertThatThrownBy(() -> as(owner, () -> caseStudies.restoreDeleted(id)))
                .isInstanceOf(NotFoundException.class);

        List<Integer> sectionsWhenPublished = new ArrayList<>();
        PurgingListener listener = new PurgingListener(id, db, sectionsWhenPublished);
        multicaster.addApplicationListener(listener);
        try {
            assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);
        } finally {
            multicaster.removeApplicationListener(listener);
        }

        assertThat(sectionsWhenPublished).as("sections still there when CaseStudyPurging was published")
                .containsExactly(6);
        assertThat(db.fetchCount(CASE_STUDY, CASE_STUDY.ID.eq(id))).isZero();
        assertThat(db.fetchCount(SECTION, SECTION.CASE_STUDY_ID.eq(id))).isZero();
        assertThat(db.fetchCount(REVISION, REVISION.CASE_STUDY_ID.eq(id))).isZero();
        assertThat(db.fetchCount(CASE_STUDY, CASE_STUDY.ID.eq(kept))).as("deleted less than 30 days ago").isOne();
    }

    /** Counts the case study's sections at the moment the purge announces it, inside the purge's transaction. */
    private record PurgingListener(long caseStudyId, DSLContext db, List<Integer> seen)
            implements ApplicationListener<ApplicationEvent> {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof CaseStudyPurging e
                    && e.caseStudyId() == caseStudyId) {
                seen.add(db.fetchCount(SECTION, SECTION.CASE_STUDY_ID.eq(caseStudyId)));
            }
        }
    }
}
