package app.casebook.publish;

import static app.casebook.db.Tables.APPROVAL;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_VERSION;
import static app.casebook.db.Tables.PUBLICATION;
import static app.casebook.db.Tables.VERSION_SECTION;

import app.casebook.base.Times;
import app.casebook.review.ReviewDecision;
import app.casebook.review.VersionStatus;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Public pages (table publication) and the frozen versions they show (tables case_study_version, version_section
 * and approval, written by the review feature; read here only).
 */
@Repository
class PublicationRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What the public page needs to answer a token: the publication and its version. */
    record Live(long publicationId, long versionId, boolean allowIndexing) {
    }

    private final DSLContext db;
    private final JdbcTemplate jdbc;
    /**
     * The query of {@link #findLive}, built with jOOQ and rendered once: it runs on every request of a public page,
     * where building and rendering it each time was about 40% of the controller's CPU (benchmarks, issue 13).
     */
    private final String findLiveSql;

    PublicationRepository(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.jdbc = new JdbcTemplate(dataSource);
        this.findLiveSql = db.render(db.select(PUBLICATION.ID, PUBLICATION.VERSION_ID, PUBLICATION.ALLOW_INDEXING)
                .from(PUBLICATION)
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(PUBLICATION.CASE_STUDY_ID))
                .where(PUBLICATION.TOKEN_HASH.eq(DSL.param("token_hash", String.class))
                        .and(PUBLICATION.UNPUBLISHED_AT.isNull())
                        .and(CASE_STUDY.DELETED_AT.isNull())));
    }

    long insert(long caseStudyId, long versionId, String tokenHash, boolean allowIndexing, long by, LocalDateTime now) {
        return db.insertInto(PUBLICATION)
                .set(PUBLICATION.CASE_STUDY_ID, caseStudyId)
                .set(PUBLICATION.VERSION_ID, versionId)
                .set(PUBLICATION.TOKEN_HASH, tokenHash)
                .set(PUBLICATION.ALLOW_INDEXING, allowIndexing)
                .set(PUBLICATION.PUBLISHED_BY, by)
                .set(PUBLICATION.PUBLISHED_AT, now)
                .returningResult(PUBLICATION.ID).fetchOne().value1();
    }

    /**
     * A live publication by its token's hash, while its case study is not deleted: one indexed statement (the
     * pre-rendered {@link #findLiveSql}), in the caller's transaction if there is one.
     */
    Optional<Live> findLive(String tokenHash) {
        List<Live> found = jdbc.query(findLiveSql, (rs, row) -> new Live(rs.getLong(1), rs.getLong(2),
                rs.getBoolean(3)), tokenHash);
        return found.stream().findFirst();
    }

    Optional<Publication> live(long caseStudyId) {
        return db.select(PUBLICATION.ID, PUBLICATION.CASE_STUDY_ID, PUBLICATION.VERSION_ID, CASE_STUDY_VERSION.NUMBER,
                        PUBLICATION.ALLOW_INDEXING, PUBLICATION.PUBLISHED_AT)
                .from(PUBLICATION)
                .join(CASE_STUDY_VERSION).on(CASE_STUDY_VERSION.ID.eq(PUBLICATION.VERSION_ID))
                .where(PUBLICATION.CASE_STUDY_ID.eq(caseStudyId).and(PUBLICATION.UNPUBLISHED_AT.isNull()))
                .orderBy(PUBLICATION.ID.desc()).limit(1)
                .fetchOptional(r -> new Publication(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Times.toInstant(r.value6())));
    }

    int unpublish(long caseStudyId, LocalDateTime now) {
        return db.update(PUBLICATION).set(PUBLICATION.UNPUBLISHED_AT, now)
                .where(PUBLICATION.CASE_STUDY_ID.eq(caseStudyId).and(PUBLICATION.UNPUBLISHED_AT.isNull()))
                .execute();
    }

    int setIndexing(long caseStudyId, boolean allow) {
        return db.update(PUBLICATION).set(PUBLICATION.ALLOW_INDEXING, allow)
                .where(PUBLICATION.CASE_STUDY_ID.eq(caseStudyId).and(PUBLICATION.UNPUBLISHED_AT.isNull()))
                .execute();
    }

    int deleteForCaseStudy(long caseStudyId) {
        return db.deleteFrom(PUBLICATION).where(PUBLICATION.CASE_STUDY_ID.eq(caseStudyId)).execute();
    }

    List<ApprovedVersion> approvedVersions(long caseStudyId) {
        return db.select(CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER,
                        CASE_STUDY_VERSION.DECIDED_AT, approvals())
                .from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId)
                        .and(CASE_STUDY_VERSION.STATUS.eq(VersionStatus.APPROVED)))
                .orderBy(CASE_STUDY_VERSION.NUMBER.desc())
                .fetch(r -> new ApprovedVersion(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : Times.toInstant(r.value4()), r.value5()));
    }

    Optional<ApprovedVersion> approvedVersion(long versionId) {
        return db.select(CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER,
                        CASE_STUDY_VERSION.DECIDED_AT, approvals())
                .from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.ID.eq(versionId).and(CASE_STUDY_VERSION.STATUS.eq(VersionStatus.APPROVED)))
                .fetchOptional(r -> new ApprovedVersion(r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? null : Times.toInstant(r.value4()), r.value5()));
    }

    Optional<Long> caseStudyOfVersion(long versionId) {
        return db.select(CASE_STUDY_VERSION.CASE_STUDY_ID).from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.ID.eq(versionId)).fetchOptional(CASE_STUDY_VERSION.CASE_STUDY_ID);
    }

    private static org.jooq.Field<Integer> approvals() {
        return DSL.field(DSL.selectCount().from(APPROVAL).where(APPROVAL.VERSION_ID.eq(CASE_STUDY_VERSION.ID)
                .and(APPROVAL.DECISION.eq(ReviewDecision.APPROVED))));
    }

    /** A frozen version as a {@link Document}: its header, its sections in order, and its approval line. */
    Optional<Document> versionDocument(long versionId) {
        var v = db.select(CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER, CASE_STUDY_VERSION.STATUS,
                        CASE_STUDY_VERSION.TITLE, CASE_STUDY_VERSION.JOB_TITLE, CASE_STUDY_VERSION.CONTEXT_LINE,
                        CASE_STUDY_VERSION.HEADLINE, CASE_STUDY_VERSION.DECIDED_AT, approvals())
                .from(CASE_STUDY_VERSION).where(CASE_STUDY_VERSION.ID.eq(versionId)).fetchOptional();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        var r = v.get();
        List<Document.Part> parts = db.select(VERSION_SECTION.HEADING, VERSION_SECTION.BODY).from(VERSION_SECTION)
                .where(VERSION_SECTION.VERSION_ID.eq(versionId)).orderBy(VERSION_SECTION.POSITION)
                .fetch(s -> new Document.Part(s.value1(), s.value2()));
        String approval;
        if (r.value3() == VersionStatus.APPROVED) {
            int n = r.value9();
            approval = "Approved by " + n + (n == 1 ? " reviewer" : " reviewers")
                    + (r.value8() == null ? "" : " on " + DAY.format(r.value8().atOffset(ZoneOffset.UTC)));
        } else {
            approval = "Not approved (" + r.value3().label().toLowerCase(Locale.ROOT) + ")";
        }
        return Optional.of(new Document(r.value1(), r.value4(), r.value5(), r.value6(), r.value7(), parts,
                "Version " + r.value2(), approval));
    }
}
