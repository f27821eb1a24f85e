package app.casebook.revision;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.REVISION;

import app.casebook.base.Times;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

@Repository
class RevisionRepository {

    private final DSLContext db;

    RevisionRepository(DSLContext db) {
        this.db = db;
    }

    private SelectOnConditionStep<? extends Record> select() {
        return db.select(REVISION.ID, REVISION.CASE_STUDY_ID, REVISION.SECTION_ID, REVISION.FIELD, REVISION.KIND,
                        REVISION.AUTHOR_ID, ACCOUNT.DISPLAY_NAME, REVISION.CREATED_AT, REVISION.HEADING, REVISION.BODY,
                        REVISION.WORDS_ADDED, REVISION.WORDS_REMOVED)
                .from(REVISION).join(ACCOUNT).on(ACCOUNT.ID.eq(REVISION.AUTHOR_ID));
    }

    private static Revision toRevision(Record r) {
        return new Revision(r.get(REVISION.ID), r.get(REVISION.CASE_STUDY_ID), r.get(REVISION.SECTION_ID),
                r.get(REVISION.FIELD), r.get(REVISION.KIND), r.get(REVISION.AUTHOR_ID), r.get(ACCOUNT.DISPLAY_NAME),
                Times.toInstant(r.get(REVISION.CREATED_AT)), r.get(REVISION.HEADING), r.get(REVISION.BODY),
                r.get(REVISION.WORDS_ADDED), r.get(REVISION.WORDS_REMOVED));
    }

    private static Condition scope(long caseStudyId, Long sectionId) {
        Condition c = REVISION.CASE_STUDY_ID.eq(caseStudyId);
        return sectionId == null ? c : c.and(REVISION.SECTION_ID.eq(sectionId));
    }

    /** Newest first. */
    List<Revision> page(long caseStudyId, Long sectionId, int offset, int limit) {
        return select().where(scope(caseStudyId, sectionId))
                .orderBy(REVISION.ID.desc()).offset(offset).limit(limit)
                .fetch(RevisionRepository::toRevision);
    }

    int count(long caseStudyId, Long sectionId) {
        return db.fetchCount(REVISION, scope(caseStudyId, sectionId));
    }

    Optional<Revision> find(long revisionId) {
        return select().where(REVISION.ID.eq(revisionId)).fetchOptional(RevisionRepository::toRevision);
    }

    /** The text of every section and header field as it stood right after {@code revisionId}. */
    List<Revision> stateAt(long caseStudyId, long revisionId) {
        var latest = db.select(org.jooq.impl.DSL.max(REVISION.ID)).from(REVISION)
                .where(REVISION.CASE_STUDY_ID.eq(caseStudyId)).and(REVISION.ID.le(revisionId))
                .and(REVISION.KIND.ne("CONFLICT"))
                .groupBy(REVISION.SECTION_ID, REVISION.FIELD);
        return select().where(REVISION.ID.in(latest)).orderBy(REVISION.ID)
                .fetch(RevisionRepository::toRevision);
    }
}
