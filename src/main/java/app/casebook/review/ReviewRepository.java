package app.casebook.review;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.APPROVAL;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;
import static app.casebook.db.Tables.CASE_STUDY_VERSION;
import static app.casebook.db.Tables.SECTION_SIGNOFF;
import static app.casebook.db.Tables.VERSION_REVIEWER;
import static app.casebook.db.Tables.VERSION_SECTION;

import app.casebook.base.Times;
import app.casebook.casestudy.CaseStudyStatus;
import app.casebook.db.tables.Account;
import app.casebook.db.tables.CaseStudyVersion;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Versions, their frozen sections, required reviewers, decisions (table approval) and sign-offs. The reads used
 * inside a change lock what they read ({@code for update}), so that they see what was committed last, whatever the
 * transaction's snapshot.
 */
@Repository
class ReviewRepository {

    private final DSLContext db;

    ReviewRepository(DSLContext db) {
        this.db = db;
    }

    /** A version's row as the rules need it. */
    record VersionRow(long id, long caseStudyId, int number, VersionStatus status, String contentHash) {
    }

    /** Locks a live case study's row until the transaction ends; false when it does not exist or was deleted. */
    boolean lockCaseStudy(long caseStudyId) {
        return db.select(CASE_STUDY.ID).from(CASE_STUDY)
                .where(CASE_STUDY.ID.eq(caseStudyId)).and(CASE_STUDY.DELETED_AT.isNull())
                .forUpdate().fetchOptional().isPresent();
    }

    void setCaseStudyStatus(long caseStudyId, CaseStudyStatus status) {
        db.update(CASE_STUDY).set(CASE_STUDY.STATUS, status).where(CASE_STUDY.ID.eq(caseStudyId)).execute();
    }

    Optional<Long> caseStudyOf(long versionId) {
        return db.select(CASE_STUDY_VERSION.CASE_STUDY_ID).from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.ID.eq(versionId)).fetchOptional(CASE_STUDY_VERSION.CASE_STUDY_ID);
    }

    Optional<VersionRow> lockVersion(long versionId) {
        return db.select(CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER,
                        CASE_STUDY_VERSION.STATUS, CASE_STUDY_VERSION.CONTENT_HASH)
                .from(CASE_STUDY_VERSION).where(CASE_STUDY_VERSION.ID.eq(versionId))
                .forUpdate().fetchOptional(Records.mapping(VersionRow::new));
    }

    /** The versions of a case study, newest first, locked. */
    List<VersionRow> lockVersions(long caseStudyId) {
        return db.select(CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER,
                        CASE_STUDY_VERSION.STATUS, CASE_STUDY_VERSION.CONTENT_HASH)
                .from(CASE_STUDY_VERSION).where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId))
                .forUpdate().fetch(Records.mapping(VersionRow::new))
                .stream().sorted((a, b) -> Integer.compare(b.number(), a.number())).toList();
    }

    long insertVersion(long caseStudyId, int number, String note, String title, String jobTitle, String context,
                       String headline, String contentHash, long submittedBy, LocalDateTime now) {
        return db.insertInto(CASE_STUDY_VERSION)
                .set(CASE_STUDY_VERSION.CASE_STUDY_ID, caseStudyId)
                .set(CASE_STUDY_VERSION.NUMBER, number)
                .set(CASE_STUDY_VERSION.NOTE, note)
                .set(CASE_STUDY_VERSION.STATUS, VersionStatus.IN_REVIEW)
                .set(CASE_STUDY_VERSION.TITLE, title)
                .set(CASE_STUDY_VERSION.JOB_TITLE, jobTitle)
                .set(CASE_STUDY_VERSION.CONTEXT_LINE, context)
                .set(CASE_STUDY_VERSION.HEADLINE, headline)
                .set(CASE_STUDY_VERSION.CONTENT_HASH, contentHash)
                .set(CASE_STUDY_VERSION.SUBMITTED_BY, submittedBy)
                .set(CASE_STUDY_VERSION.SUBMITTED_AT, now)
                .returningResult(CASE_STUDY_VERSION.ID).fetchOne(CASE_STUDY_VERSION.ID);
    }

    /** Inserts a version's sections in one statement; returns the new rows' ids by section id. */
    Map<Long, Long> insertSections(long versionId, List<VersionSection> sections) {
        var insert = db.insertInto(VERSION_SECTION, VERSION_SECTION.VERSION_ID, VERSION_SECTION.SECTION_ID,
                VERSION_SECTION.REVISION_ID, VERSION_SECTION.POSITION, VERSION_SECTION.HEADING, VERSION_SECTION.BODY,
                VERSION_SECTION.CONTENT_HASH);
        for (VersionSection s : sections) {
            insert = insert.values(versionId, s.sectionId(), s.revisionId(), s.position(), s.heading(), s.body(),
                    s.contentHash());
        }
        insert.execute();
        Map<Long, Long> ids = new HashMap<>();
        db.select(VERSION_SECTION.SECTION_ID, VERSION_SECTION.ID).from(VERSION_SECTION)
                .where(VERSION_SECTION.VERSION_ID.eq(versionId))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    void insertReviewers(long versionId, Collection<Long> reviewerIds) {
        for (Long r : reviewerIds) {
            db.insertInto(VERSION_REVIEWER).set(VERSION_REVIEWER.VERSION_ID, versionId)
                    .set(VERSION_REVIEWER.REVIEWER_ID, r).execute();
        }
    }

    void deleteReviewer(long versionId, long reviewerId) {
        db.deleteFrom(VERSION_REVIEWER).where(VERSION_REVIEWER.VERSION_ID.eq(versionId))
                .and(VERSION_REVIEWER.REVIEWER_ID.eq(reviewerId)).execute();
    }

    /** A version's required reviewers, locked. */
    List<Long> lockRequiredReviewers(long versionId) {
        return db.select(VERSION_REVIEWER.REVIEWER_ID).from(VERSION_REVIEWER)
                .where(VERSION_REVIEWER.VERSION_ID.eq(versionId)).forUpdate().fetch(VERSION_REVIEWER.REVIEWER_ID);
    }

    /** The current decision of each reviewer on a version, locked. */
    Map<Long, ReviewDecision> lockDecisions(long versionId) {
        Map<Long, ReviewDecision> result = new HashMap<>();
        db.select(APPROVAL.REVIEWER_ID, APPROVAL.DECISION).from(APPROVAL).where(APPROVAL.VERSION_ID.eq(versionId))
                .forUpdate().forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    Optional<String> decisionComment(long versionId, long reviewerId) {
        return db.select(APPROVAL.COMMENT).from(APPROVAL).where(APPROVAL.VERSION_ID.eq(versionId))
                .and(APPROVAL.REVIEWER_ID.eq(reviewerId)).fetchOptional(APPROVAL.COMMENT);
    }

    void saveDecision(long versionId, long reviewerId, ReviewDecision decision, String comment, String contentHash,
                      LocalDateTime now) {
        int updated = db.update(APPROVAL).set(APPROVAL.DECISION, decision).set(APPROVAL.COMMENT, comment)
                .set(APPROVAL.CONTENT_HASH, contentHash).set(APPROVAL.DECIDED_AT, now)
                .where(APPROVAL.VERSION_ID.eq(versionId)).and(APPROVAL.REVIEWER_ID.eq(reviewerId)).execute();
        if (updated == 0) {
            db.insertInto(APPROVAL).set(APPROVAL.VERSION_ID, versionId).set(APPROVAL.REVIEWER_ID, reviewerId)
                    .set(APPROVAL.DECISION, decision).set(APPROVAL.COMMENT, comment)
                    .set(APPROVAL.CONTENT_HASH, contentHash).set(APPROVAL.DECIDED_AT, now).execute();
        }
    }

    void setStatus(long versionId, VersionStatus status, LocalDateTime now) {
        var update = db.update(CASE_STUDY_VERSION).set(CASE_STUDY_VERSION.STATUS, status)
                .set(CASE_STUDY_VERSION.LOCK_VERSION, CASE_STUDY_VERSION.LOCK_VERSION.plus(1));
        if (status == VersionStatus.WITHDRAWN) {
            update.set(CASE_STUDY_VERSION.WITHDRAWN_AT, now).where(CASE_STUDY_VERSION.ID.eq(versionId)).execute();
        } else {
            update.set(CASE_STUDY_VERSION.DECIDED_AT, now).where(CASE_STUDY_VERSION.ID.eq(versionId)).execute();
        }
    }

    /** The status of each case study the person is a member of, among {@code caseStudyIds}, from its versions. */
    Map<Long, ReviewStatus> statuses(long accountId, Collection<Long> caseStudyIds) {
        CaseStudyVersion newer = CASE_STUDY_VERSION.as("newer");
        Map<Long, ReviewStatus> result = new HashMap<>();
        db.select(CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.STATUS, CASE_STUDY_VERSION.NUMBER)
                .from(CASE_STUDY_VERSION)
                .join(CASE_STUDY_MEMBER).on(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(CASE_STUDY_VERSION.CASE_STUDY_ID)
                        .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId)))
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.in(caseStudyIds))
                .and(CASE_STUDY_VERSION.STATUS.ne(VersionStatus.WITHDRAWN))
                .andNotExists(DSL.selectOne().from(newer)
                        .where(newer.CASE_STUDY_ID.eq(CASE_STUDY_VERSION.CASE_STUDY_ID))
                        .and(newer.STATUS.ne(VersionStatus.WITHDRAWN))
                        .and(newer.NUMBER.gt(CASE_STUDY_VERSION.NUMBER)))
                .forEach(r -> result.put(r.value1(), ReviewStatus.of(r.value2(), r.value3())));
        return result;
    }

    /** Versions of a case study, newest first, with their required reviewers and decisions. */
    List<Version> versions(long caseStudyId) {
        return versionsWhere(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId));
    }

    Optional<Version> version(long versionId) {
        return versionsWhere(CASE_STUDY_VERSION.ID.eq(versionId)).stream().findFirst();
    }

    private List<Version> versionsWhere(org.jooq.Condition condition) {
        Account submitter = ACCOUNT.as("submitter");
        record Row(long id, long caseStudyId, int number, VersionStatus status, String note, long submittedById,
                   String submittedByName, java.time.Instant submittedAt, java.time.Instant decidedAt,
                   java.time.Instant withdrawnAt, String contentHash) {
        }
        List<Row> rows = db.select(CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.CASE_STUDY_ID, CASE_STUDY_VERSION.NUMBER,
                        CASE_STUDY_VERSION.STATUS, CASE_STUDY_VERSION.NOTE, CASE_STUDY_VERSION.SUBMITTED_BY,
                        submitter.DISPLAY_NAME, CASE_STUDY_VERSION.SUBMITTED_AT.convertFrom(Times::toInstant),
                        CASE_STUDY_VERSION.DECIDED_AT.convertFrom(Times::toInstant),
                        CASE_STUDY_VERSION.WITHDRAWN_AT.convertFrom(Times::toInstant), CASE_STUDY_VERSION.CONTENT_HASH)
                .from(CASE_STUDY_VERSION).join(submitter).on(submitter.ID.eq(CASE_STUDY_VERSION.SUBMITTED_BY))
                .where(condition)
                .orderBy(CASE_STUDY_VERSION.NUMBER.desc())
                .fetch(Records.mapping(Row::new));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReviewerDecision>> reviewers = new HashMap<>();
        db.select(VERSION_REVIEWER.VERSION_ID, VERSION_REVIEWER.REVIEWER_ID, ACCOUNT.DISPLAY_NAME, APPROVAL.DECISION,
                        APPROVAL.COMMENT, APPROVAL.DECIDED_AT.convertFrom(Times::toInstant), APPROVAL.CONTENT_HASH)
                .from(VERSION_REVIEWER)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(VERSION_REVIEWER.REVIEWER_ID))
                .leftJoin(APPROVAL).on(APPROVAL.VERSION_ID.eq(VERSION_REVIEWER.VERSION_ID)
                        .and(APPROVAL.REVIEWER_ID.eq(VERSION_REVIEWER.REVIEWER_ID)))
                .where(VERSION_REVIEWER.VERSION_ID.in(rows.stream().map(Row::id).toList()))
                .orderBy(ACCOUNT.DISPLAY_NAME, VERSION_REVIEWER.REVIEWER_ID)
                .forEach(r -> reviewers.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ReviewerDecision(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7())));
        return rows.stream().map(r -> new Version(r.id(), r.caseStudyId(), r.number(), r.status(), r.note(),
                r.submittedById(), r.submittedByName(), r.submittedAt(), r.decidedAt(), r.withdrawnAt(),
                r.contentHash(), List.copyOf(reviewers.getOrDefault(r.id(), List.of())))).toList();
    }

    record Header(String title, String jobTitle, String contextLine, String headline) {
    }

    Header header(long versionId) {
        return db.select(CASE_STUDY_VERSION.TITLE, CASE_STUDY_VERSION.JOB_TITLE, CASE_STUDY_VERSION.CONTEXT_LINE,
                        CASE_STUDY_VERSION.HEADLINE)
                .from(CASE_STUDY_VERSION).where(CASE_STUDY_VERSION.ID.eq(versionId))
                .fetchOne(Records.mapping(Header::new));
    }

    List<VersionSection> sections(long versionId) {
        return db.select(VERSION_SECTION.ID, VERSION_SECTION.SECTION_ID, VERSION_SECTION.REVISION_ID,
                        VERSION_SECTION.POSITION, VERSION_SECTION.HEADING, VERSION_SECTION.BODY,
                        VERSION_SECTION.CONTENT_HASH)
                .from(VERSION_SECTION).where(VERSION_SECTION.VERSION_ID.eq(versionId))
                .orderBy(VERSION_SECTION.POSITION, VERSION_SECTION.ID)
                .fetch(Records.mapping(VersionSection::new));
    }

    Optional<VersionSection> section(long versionId, long sectionId) {
        return db.select(VERSION_SECTION.ID, VERSION_SECTION.SECTION_ID, VERSION_SECTION.REVISION_ID,
                        VERSION_SECTION.POSITION, VERSION_SECTION.HEADING, VERSION_SECTION.BODY,
                        VERSION_SECTION.CONTENT_HASH)
                .from(VERSION_SECTION).where(VERSION_SECTION.VERSION_ID.eq(versionId))
                .and(VERSION_SECTION.SECTION_ID.eq(sectionId))
                .fetchOptional(Records.mapping(VersionSection::new));
    }

    /**
     * The newest version before {@code beforeNumber} on which {@code reviewerId} made a decision (they may have changed
     * it since, or the version may have been withdrawn afterwards).
     */
    Optional<Long> lastDecidedVersion(long caseStudyId, long reviewerId, int beforeNumber) {
        return db.select(CASE_STUDY_VERSION.ID).from(CASE_STUDY_VERSION)
                .join(APPROVAL).on(APPROVAL.VERSION_ID.eq(CASE_STUDY_VERSION.ID).and(APPROVAL.REVIEWER_ID.eq(reviewerId)))
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_VERSION.NUMBER.lt(beforeNumber))
                .orderBy(CASE_STUDY_VERSION.NUMBER.desc()).limit(1)
                .fetchOptional(CASE_STUDY_VERSION.ID);
    }

    List<SignOff> signOffs(long versionId) {
        CaseStudyVersion from = CASE_STUDY_VERSION.as("carried_from");
        return db.select(SECTION_SIGNOFF.VERSION_SECTION_ID, VERSION_SECTION.SECTION_ID, SECTION_SIGNOFF.REVIEWER_ID,
                        ACCOUNT.DISPLAY_NAME, SECTION_SIGNOFF.VERDICT, SECTION_SIGNOFF.NOTE, from.NUMBER,
                        SECTION_SIGNOFF.SIGNED_AT.convertFrom(Times::toInstant))
                .from(SECTION_SIGNOFF)
                .join(VERSION_SECTION).on(VERSION_SECTION.ID.eq(SECTION_SIGNOFF.VERSION_SECTION_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(SECTION_SIGNOFF.REVIEWER_ID))
                .leftJoin(from).on(from.ID.eq(SECTION_SIGNOFF.CARRIED_FROM_VERSION_ID))
                .where(SECTION_SIGNOFF.VERSION_ID.eq(versionId))
                .orderBy(VERSION_SECTION.POSITION, ACCOUNT.DISPLAY_NAME)
                .fetch(Records.mapping(SignOff::new));
    }

    void saveSignOff(long versionId, long versionSectionId, long reviewerId, SignOffVerdict verdict, String note,
                     String contentHash, Long carriedFrom, LocalDateTime now) {
        int updated = db.update(SECTION_SIGNOFF).set(SECTION_SIGNOFF.VERDICT, verdict).set(SECTION_SIGNOFF.NOTE, note)
                .set(SECTION_SIGNOFF.CONTENT_HASH, contentHash)
                .set(SECTION_SIGNOFF.CARRIED_FROM_VERSION_ID, carriedFrom)
                .set(SECTION_SIGNOFF.SIGNED_AT, now)
                .where(SECTION_SIGNOFF.VERSION_SECTION_ID.eq(versionSectionId))
                .and(SECTION_SIGNOFF.REVIEWER_ID.eq(reviewerId)).execute();
        if (updated == 0) {
            db.insertInto(SECTION_SIGNOFF).set(SECTION_SIGNOFF.VERSION_ID, versionId)
                    .set(SECTION_SIGNOFF.VERSION_SECTION_ID, versionSectionId)
                    .set(SECTION_SIGNOFF.REVIEWER_ID, reviewerId).set(SECTION_SIGNOFF.VERDICT, verdict)
                    .set(SECTION_SIGNOFF.NOTE, note).set(SECTION_SIGNOFF.CONTENT_HASH, contentHash)
                    .set(SECTION_SIGNOFF.CARRIED_FROM_VERSION_ID, carriedFrom)
                    .set(SECTION_SIGNOFF.SIGNED_AT, now).execute();
        }
    }

    /** A sign-off made earlier, for carrying it over: of which section, its verdict, note and hash. */
    record EarlierSignOff(long reviewerId, long sectionId, SignOffVerdict verdict, String note, String contentHash,
                          long signedOnVersionId, LocalDateTime signedAt) {
    }

    /**
     * Each reviewer's newest sign-off of each section in the versions of a case study before {@code beforeNumber}:
     * key "reviewer:section".
     */
    Map<String, EarlierSignOff> newestSignOffs(long caseStudyId, int beforeNumber, Collection<Long> reviewerIds) {
        Map<String, EarlierSignOff> result = new LinkedHashMap<>();
        db.select(SECTION_SIGNOFF.REVIEWER_ID, VERSION_SECTION.SECTION_ID, SECTION_SIGNOFF.VERDICT,
                        SECTION_SIGNOFF.NOTE, SECTION_SIGNOFF.CONTENT_HASH,
                        DSL.coalesce(SECTION_SIGNOFF.CARRIED_FROM_VERSION_ID, SECTION_SIGNOFF.VERSION_ID),
                        SECTION_SIGNOFF.SIGNED_AT)
                .from(SECTION_SIGNOFF)
                .join(VERSION_SECTION).on(VERSION_SECTION.ID.eq(SECTION_SIGNOFF.VERSION_SECTION_ID))
                .join(CASE_STUDY_VERSION).on(CASE_STUDY_VERSION.ID.eq(SECTION_SIGNOFF.VERSION_ID))
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_VERSION.NUMBER.lt(beforeNumber))
                .and(SECTION_SIGNOFF.REVIEWER_ID.in(reviewerIds))
                .and(VERSION_SECTION.SECTION_ID.isNotNull())
                .orderBy(CASE_STUDY_VERSION.NUMBER.desc())
                .forEach(r -> result.putIfAbsent(r.value1() + ":" + r.value2(), new EarlierSignOff(r.value1(),
                        r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        return result;
    }

    /** Versions in review on which {@code reviewerId} is required, of one case study. */
    List<Long> inReviewWithReviewer(long caseStudyId, long reviewerId) {
        return db.select(CASE_STUDY_VERSION.ID).from(CASE_STUDY_VERSION)
                .join(VERSION_REVIEWER).on(VERSION_REVIEWER.VERSION_ID.eq(CASE_STUDY_VERSION.ID)
                        .and(VERSION_REVIEWER.REVIEWER_ID.eq(reviewerId)))
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_VERSION.STATUS.eq(VersionStatus.IN_REVIEW))
                .fetch(CASE_STUDY_VERSION.ID);
    }

    /** Versions in review where the person is required and has not decided, on live case studies they are on. */
    List<AwaitingReview> awaiting(long reviewerId) {
        Account owner = ACCOUNT.as("owner");
        return db.select(CASE_STUDY.ID, CASE_STUDY.TITLE, CASE_STUDY_VERSION.ID, CASE_STUDY_VERSION.NUMBER,
                        owner.DISPLAY_NAME, CASE_STUDY_VERSION.SUBMITTED_AT.convertFrom(Times::toInstant))
                .from(VERSION_REVIEWER)
                .join(CASE_STUDY_VERSION).on(CASE_STUDY_VERSION.ID.eq(VERSION_REVIEWER.VERSION_ID))
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(CASE_STUDY_VERSION.CASE_STUDY_ID))
                .join(owner).on(owner.ID.eq(CASE_STUDY.OWNER_ID))
                .join(CASE_STUDY_MEMBER).on(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(CASE_STUDY.ID)
                        .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(reviewerId)))
                .where(VERSION_REVIEWER.REVIEWER_ID.eq(reviewerId))
                .and(CASE_STUDY_VERSION.STATUS.eq(VersionStatus.IN_REVIEW))
                .and(CASE_STUDY.DELETED_AT.isNull())
                .andNotExists(DSL.selectOne().from(APPROVAL).where(APPROVAL.VERSION_ID.eq(CASE_STUDY_VERSION.ID))
                        .and(APPROVAL.REVIEWER_ID.eq(reviewerId)))
                .orderBy(CASE_STUDY_VERSION.SUBMITTED_AT, CASE_STUDY_VERSION.ID)
                .fetch(Records.mapping(AwaitingReview::new));
    }

    String accountName(long accountId) {
        return db.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.DISPLAY_NAME).orElse("someone");
    }

    /** Deletes every review row of a case study (its purge). */
    void purge(long caseStudyId) {
        var versions = DSL.select(CASE_STUDY_VERSION.ID).from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.CASE_STUDY_ID.eq(caseStudyId));
        List<Long> ids = db.fetch(versions).getValues(CASE_STUDY_VERSION.ID);
        if (ids.isEmpty()) {
            return;
        }
        db.deleteFrom(SECTION_SIGNOFF).where(SECTION_SIGNOFF.VERSION_ID.in(ids)).execute();
        db.deleteFrom(APPROVAL).where(APPROVAL.VERSION_ID.in(ids)).execute();
        db.deleteFrom(VERSION_REVIEWER).where(VERSION_REVIEWER.VERSION_ID.in(ids)).execute();
        db.deleteFrom(VERSION_SECTION).where(VERSION_SECTION.VERSION_ID.in(ids)).execute();
        db.deleteFrom(CASE_STUDY_VERSION).where(CASE_STUDY_VERSION.ID.in(ids)).execute();
    }
}
