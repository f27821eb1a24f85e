package app.casebook.revision;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.CASE_STUDY_VISIT;
import static app.casebook.db.Tables.REVISION;
import static org.jooq.impl.DSL.max;

import app.casebook.base.Times;
import app.casebook.casestudy.RevisionField;
import app.casebook.casestudy.RevisionKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.Records;
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

    /** Who suggested the change a revision applied (null for every other revision). */
    private static final Field<String> SUGGESTED_BY_NAME = DSL.field(DSL.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
            .where(ACCOUNT.ID.eq(REVISION.SUGGESTED_BY))).as("suggested_by_name");

    private SelectJoinStep<Record13<Long, Long, Long, RevisionField, RevisionKind, Long, String, Instant, String, String,
            Integer, Integer, String>> select() {
        return select(REVISION.BODY);
    }

    /** The columns of a {@link Revision}, with {@code body} in the text's place. */
    private SelectJoinStep<Record13<Long, Long, Long, RevisionField, RevisionKind, Long, String, Instant, String, String,
            Integer, Integer, String>> select(Field<String> body) {
        return db.select(REVISION.ID, REVISION.CASE_STUDY_ID, REVISION.SECTION_ID, REVISION.FIELD, REVISION.KIND,
                        REVISION.AUTHOR_ID, AUTHOR_NAME, REVISION.CREATED_AT.convertFrom(Times::toInstant),
                        REVISION.HEADING, body, REVISION.WORDS_ADDED, REVISION.WORDS_REMOVED,
                        SUGGESTED_BY_NAME)
                .from(REVISION);
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
    List<Revision> page(long caseStudyId, Long sectionId, int offset, int limit, boolean withText) {
        List<Long> ids = db.select(REVISION.ID).from(REVISION).where(scope(caseStudyId, sectionId))
                .orderBy(REVISION.ID.desc()).offset(offset).limit(limit)
                .fetch(REVISION.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(withText ? REVISION.BODY : DSL.inline(null, REVISION.BODY)).where(REVISION.ID.in(ids))
                .orderBy(REVISION.ID.desc())
                .fetch(Records.mapping(Revision::new));
    }

    int count(long caseStudyId, Long sectionId) {
        return db.fetchCount(REVISION, scope(caseStudyId, sectionId));
    }

    Optional<Revision> find(long revisionId) {
        return select().where(REVISION.ID.eq(revisionId)).fetchOptional(Records.mapping(Revision::new));
    }

    /** The text of every section and header field as it stood right after {@code revisionId}. */
    List<Revision> stateAt(long caseStudyId, long revisionId) {
        var latest = db.select(max(REVISION.ID)).from(REVISION)
                .where(REVISION.CASE_STUDY_ID.eq(caseStudyId)).and(REVISION.ID.le(revisionId))
                .and(REVISION.KIND.ne(RevisionKind.CONFLICT))
                .groupBy(REVISION.SECTION_ID, REVISION.FIELD);
        return select().where(REVISION.ID.in(latest)).orderBy(REVISION.ID)
                .fetch(Records.mapping(Revision::new));
    }
    /** The revision before {@code r} of the same section (or header field), conflicts left out. */
    Optional<Revision> previous(Revision r) {
        Condition same = r.sectionId() != null ? REVISION.SECTION_ID.eq(r.sectionId())
                : REVISION.SECTION_ID.isNull().and(REVISION.FIELD.eq(r.field()));
        return select().where(REVISION.CASE_STUDY_ID.eq(r.caseStudyId())).and(same)
                .and(REVISION.ID.lt(r.id())).and(REVISION.KIND.ne(RevisionKind.CONFLICT))
                .orderBy(REVISION.ID.desc()).limit(1)
                .fetchOptional(Records.mapping(Revision::new));
    }

    /** The newest revision of a case study made at or before {@code at}; 0 when there is none. */
    long latestIdAt(long caseStudyId, LocalDateTime at) {
        Long id = db.select(max(REVISION.ID)).from(REVISION)
                .where(REVISION.CASE_STUDY_ID.eq(caseStudyId)).and(REVISION.CREATED_AT.le(at))
                .fetchOne(0, Long.class);
        return id == null ? 0 : id;
    }

    long latestId(long caseStudyId) {
        Long id = db.select(max(REVISION.ID)).from(REVISION).where(REVISION.CASE_STUDY_ID.eq(caseStudyId))
                .fetchOne(0, Long.class);
        return id == null ? 0 : id;
    }

    /** Whether a header field has any revision at all. */
    boolean hasHeaderRevision(long caseStudyId, RevisionField field) {
        return db.fetchExists(REVISION, REVISION.CASE_STUDY_ID.eq(caseStudyId).and(REVISION.SECTION_ID.isNull())
                .and(REVISION.FIELD.eq(field)));
    }

    /** A change made by someone else after a revision: who, when, where; no text. */
    record ChangeRow(Long sectionId, RevisionField field, RevisionKind kind, String authorName, Instant createdAt,
                     String heading) {
    }

    /** Changes after {@code afterRevisionId} by anyone but {@code accountId}, oldest first, at most {@code limit}. */
    List<ChangeRow> changesAfter(long caseStudyId, long afterRevisionId, long accountId, int limit) {
        return db.select(REVISION.SECTION_ID, REVISION.FIELD, REVISION.KIND, ACCOUNT.DISPLAY_NAME,
                        REVISION.CREATED_AT.convertFrom(Times::toInstant), REVISION.HEADING)
                .from(REVISION).join(ACCOUNT).on(ACCOUNT.ID.eq(REVISION.AUTHOR_ID))
                .where(REVISION.CASE_STUDY_ID.eq(caseStudyId)).and(REVISION.ID.gt(afterRevisionId))
                .and(REVISION.AUTHOR_ID.ne(accountId)).and(REVISION.KIND.ne(RevisionKind.CONFLICT))
                .orderBy(REVISION.ID).limit(limit)
                .fetch(Records.mapping(ChangeRow::new));
    }

    record Visit(long lastSeenRevisionId, Instant visitedAt) {
    }

    Optional<Visit> visit(long accountId, long caseStudyId) {
        return db.select(CASE_STUDY_VISIT.LAST_SEEN_REVISION_ID, CASE_STUDY_VISIT.VISITED_AT.convertFrom(Times::toInstant))
                .from(CASE_STUDY_VISIT)
                .where(CASE_STUDY_VISIT.ACCOUNT_ID.eq(accountId)).and(CASE_STUDY_VISIT.CASE_STUDY_ID.eq(caseStudyId))
                .fetchOptional(Records.mapping(Visit::new));
    }

    void saveVisit(long accountId, long caseStudyId, long lastSeenRevisionId, LocalDateTime now) {
        int updated = db.update(CASE_STUDY_VISIT)
                .set(CASE_STUDY_VISIT.LAST_SEEN_REVISION_ID, lastSeenRevisionId)
                .set(CASE_STUDY_VISIT.VISITED_AT, now)
                .where(CASE_STUDY_VISIT.ACCOUNT_ID.eq(accountId)).and(CASE_STUDY_VISIT.CASE_STUDY_ID.eq(caseStudyId))
                .execute();
        if (updated == 0) {
            db.insertInto(CASE_STUDY_VISIT)
                    .set(CASE_STUDY_VISIT.ACCOUNT_ID, accountId)
                    .set(CASE_STUDY_VISIT.CASE_STUDY_ID, caseStudyId)
                    .set(CASE_STUDY_VISIT.LAST_SEEN_REVISION_ID, lastSeenRevisionId)
                    .set(CASE_STUDY_VISIT.VISITED_AT, now)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }
}
