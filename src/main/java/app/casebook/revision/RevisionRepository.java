package app.casebook.revision;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.REVISION;

import app.casebook.base.Times;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Field;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RevisionRepository {

    private final DSLContext db;

    RevisionRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The author's name comes from a subquery, not a join: joined, MariaDB may start from the account and read every
     * revision of that author through the author index to sort them (50 ms for a page of a 10,000-revision
     * history, see docs/benchmarks.md).
     */
    private static final Field<String> AUTHOR_NAME = DSL.field(DSL.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
            .where(ACCOUNT.ID.eq(REVISION.AUTHOR_ID))).as("author_name");

    private SelectJoinStep<? extends Record> select() {
        return db.select(REVISION.ID, REVISION.CASE_STUDY_ID, REVISION.SECTION_ID, REVISION.FIELD, REVISION.KIND,
                        REVISION.AUTHOR_ID, AUTHOR_NAME, REVISION.CREATED_AT, REVISION.HEADING, REVISION.BODY,
                        REVISION.WORDS_ADDED, REVISION.WORDS_REMOVED)
                .from(REVISION);
    }

    private static Revision toRevision(Record r) {
        return new Revision(r.get(REVISION.ID), r.get(REVISION.CASE_STUDY_ID), r.get(REVISION.SECTION_ID),
                r.get(REVISION.FIELD), r.get(REVISION.KIND), r.get(REVISION.AUTHOR_ID), r.get(AUTHOR_NAME),
                Times.toInstant(r.get(REVISION.CREATED_AT)), r.get(REVISION.HEADING), r.get(REVISION.BODY),
                r.get(REVISION.WORDS_ADDED), r.get(REVISION.WORDS_REMOVED));
    }

    private static Condition scope(long caseStudyId, Long sectionId) {
        Condition c = REVISION.CASE_STUDY_ID.eq(caseStudyId);
        return sectionId == null ? c : c.and(REVISION.SECTION_ID.eq(sectionId));
    }

    /**
     * Newest first. The page's ids come first, from the index alone (ix_revision_case_study_section,
     * ix_revision_case_study), then their rows: asked for in one query, MariaDB intersected two indexes and sorted
     * every revision of the section, texts and all (15 ms and more at 10,000 revisions, see docs/benchmarks.md).
     */
    List<Revision> page(long caseStudyId, Long sectionId, int offset, int limit) {
        List<Long> ids = db.select(REVISION.ID).from(REVISION).where(scope(caseStudyId, sectionId))
                .orderBy(REVISION.ID.desc()).offset(offset).limit(limit)
                .fetch(REVISION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return select().where(REVISION.ID.in(ids))
                .orderBy(REVISION.ID.desc())
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
