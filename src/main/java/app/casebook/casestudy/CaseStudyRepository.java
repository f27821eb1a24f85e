package app.casebook.casestudy;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.ACTIVITY;
import static app.casebook.db.Tables.CASE_STUDY_VISIT;
import static app.casebook.db.Tables.INVITATION;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;
import static app.casebook.db.Tables.REVISION;
import static app.casebook.db.Tables.SECTION;
import static app.casebook.db.Tables.TEMPLATE;
import static app.casebook.db.Tables.TEMPLATE_SECTION;

import app.casebook.base.Times;
import app.casebook.db.tables.Account;
import app.casebook.db.tables.Revision;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Case studies, their members and sections, and the revisions every change of them writes. */
@Repository
class CaseStudyRepository {

    private final DSLContext db;

    CaseStudyRepository(DSLContext db) {
        this.db = db;
    }

    /** The role a person has on a live case study; empty when not a member or when it does not exist. */
    Optional<MemberRole> roleOf(long caseStudyId, long accountId) {
        return db.select(CASE_STUDY_MEMBER.ROLE)
                .from(CASE_STUDY_MEMBER)
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(CASE_STUDY_MEMBER.CASE_STUDY_ID))
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId))
                .and(CASE_STUDY.DELETED_AT.isNull())
                .fetchOptional(CASE_STUDY_MEMBER.ROLE);
    }

    /** A section's case study and the person's role there, read together; empty when either is missing. */
    Optional<SectionState> sectionState(long sectionId, long accountId) {
        return db.select(SECTION.ID, SECTION.CASE_STUDY_ID, SECTION.BODY, SECTION.HEADING, SECTION.CURRENT_REVISION_ID,
                        CASE_STUDY_MEMBER.ROLE)
                .from(SECTION)
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(SECTION.CASE_STUDY_ID).and(CASE_STUDY.DELETED_AT.isNull()))
                .leftJoin(CASE_STUDY_MEMBER).on(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(SECTION.CASE_STUDY_ID)
                        .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId)))
                .where(SECTION.ID.eq(sectionId)).and(SECTION.DELETED_AT.isNull())
                .fetchOptional(Records.mapping(SectionState::new));
    }

    /**
     * Like {@link #sectionState} but locks the section row until the transaction ends, so that saves of one
     * section follow one another. Only the section row is locked: the role comes from a subquery.
     */
    Optional<SectionState> lockSectionState(long sectionId, long accountId) {
        Field<MemberRole> role = db.select(CASE_STUDY_MEMBER.ROLE).from(CASE_STUDY_MEMBER)
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(CASE_STUDY_MEMBER.CASE_STUDY_ID))
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(SECTION.CASE_STUDY_ID))
                .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId))
                .and(CASE_STUDY.DELETED_AT.isNull())
                .<MemberRole>asField("role");
        return db.select(SECTION.ID, SECTION.CASE_STUDY_ID, SECTION.BODY, SECTION.HEADING, SECTION.CURRENT_REVISION_ID,
                        role)
                .from(SECTION)
                .where(SECTION.ID.eq(sectionId)).and(SECTION.DELETED_AT.isNull())
                .forUpdate()
                .fetchOptional(Records.mapping(SectionState::new));
    }

    record SectionState(long sectionId, long caseStudyId, String body, String heading, Long currentRevisionId,
                        MemberRole role) {
    }

    /**
     * The case studies a person is a member of, most recently changed first. "Last change" is the newer of the case
     * study row's own change (created, header, structure) and its newest revision (a saved text, which does not
     * touch the case study row); the newest revision is one index lookup per case study (revision by case study, id).
     */
    List<CaseStudySummary> findForMember(long accountId) {
        Account owner = ACCOUNT.as("owner");
        Account updater = ACCOUNT.as("updater");
        Revision latest = REVISION.as("latest");
        Revision newer = REVISION.as("newer");
        Field<LocalDateTime> lastChange = DSL.greatest(CASE_STUDY.UPDATED_AT,
                DSL.coalesce(latest.CREATED_AT, CASE_STUDY.UPDATED_AT));
        Field<Long> lastChangeBy = DSL.when(latest.CREATED_AT.gt(CASE_STUDY.UPDATED_AT), latest.AUTHOR_ID)
                .otherwise(CASE_STUDY.UPDATED_BY);
        return db.select(CASE_STUDY.ID, CASE_STUDY.TITLE, CASE_STUDY.JOB_TITLE, CASE_STUDY.STATUS,
                        CASE_STUDY_MEMBER.ROLE, owner.DISPLAY_NAME, lastChange.convertFrom(Times::toInstant),
                        updater.DISPLAY_NAME)
                .from(CASE_STUDY_MEMBER)
                .join(CASE_STUDY).on(CASE_STUDY.ID.eq(CASE_STUDY_MEMBER.CASE_STUDY_ID))
                .join(owner).on(owner.ID.eq(CASE_STUDY.OWNER_ID))
                .leftJoin(latest).on(latest.ID.eq(DSL.select(DSL.max(newer.ID)).from(newer)
                        .where(newer.CASE_STUDY_ID.eq(CASE_STUDY.ID))))
                .leftJoin(updater).on(updater.ID.eq(lastChangeBy))
                .where(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId)).and(CASE_STUDY.DELETED_AT.isNull())
                .orderBy(lastChange.desc(), CASE_STUDY.ID.desc())
                .fetch(Records.mapping(CaseStudySummary::new));
    }

    Optional<CaseStudy> find(long id, MemberRole myRole) {
        return db.select(CASE_STUDY.ID, CASE_STUDY.OWNER_ID, ACCOUNT.DISPLAY_NAME, CASE_STUDY.TITLE,
                        CASE_STUDY.JOB_TITLE, CASE_STUDY.CONTEXT_LINE, CASE_STUDY.HEADLINE, CASE_STUDY.STATUS,
                        CASE_STUDY.UPDATED_AT.convertFrom(Times::toInstant), DSL.val(myRole, CASE_STUDY_MEMBER.ROLE))
                .from(CASE_STUDY).join(ACCOUNT).on(ACCOUNT.ID.eq(CASE_STUDY.OWNER_ID))
                .where(CASE_STUDY.ID.eq(id)).and(CASE_STUDY.DELETED_AT.isNull())
                .fetchOptional(Records.mapping(CaseStudy::new));
    }

    List<Section> sections(long caseStudyId) {
        return db.select(SECTION.ID, SECTION.CASE_STUDY_ID, SECTION.POSITION, SECTION.HEADING, SECTION.BODY,
                        SECTION.GUIDANCE, SECTION.MIN_WORDS, SECTION.MAX_WORDS, SECTION.OUTCOME,
                        DSL.coalesce(SECTION.CURRENT_REVISION_ID, 0L), SECTION.UPDATED_AT.convertFrom(Times::toInstant),
                        ACCOUNT.DISPLAY_NAME)
                .from(SECTION).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(SECTION.UPDATED_BY))
                .where(SECTION.CASE_STUDY_ID.eq(caseStudyId)).and(SECTION.DELETED_AT.isNull())
                .orderBy(SECTION.POSITION, SECTION.ID)
                .fetch(Records.mapping(Section::new));
    }

    int countSections(long caseStudyId) {
        return db.fetchCount(SECTION, SECTION.CASE_STUDY_ID.eq(caseStudyId).and(SECTION.DELETED_AT.isNull()));
    }

    /**
     * Every template with its sections. Two plain queries rather than {@code multiset}: jOOQ's MySQL emulation of
     * multiset correlates a derived table, which MariaDB refuses ("Unknown column 'template.id'"), and wraps it in
     * several statements, which Connector/J refuses without allowMultiQueries.
     */
    List<Template> templates() {
        Map<Long, List<Template.TemplateSection>> sections = db.select(TEMPLATE_SECTION.TEMPLATE_ID,
                        TEMPLATE_SECTION.POSITION, TEMPLATE_SECTION.HEADING, TEMPLATE_SECTION.GUIDANCE,
                        TEMPLATE_SECTION.MIN_WORDS, TEMPLATE_SECTION.MAX_WORDS, TEMPLATE_SECTION.OUTCOME)
                .from(TEMPLATE_SECTION)
                .orderBy(TEMPLATE_SECTION.TEMPLATE_ID, TEMPLATE_SECTION.POSITION)
                .fetchGroups(TEMPLATE_SECTION.TEMPLATE_ID, r -> new Template.TemplateSection(
                        r.get(TEMPLATE_SECTION.POSITION), r.get(TEMPLATE_SECTION.HEADING),
                        r.get(TEMPLATE_SECTION.GUIDANCE), r.get(TEMPLATE_SECTION.MIN_WORDS),
                        r.get(TEMPLATE_SECTION.MAX_WORDS), r.get(TEMPLATE_SECTION.OUTCOME)));
        return db.select(TEMPLATE.ID, TEMPLATE.CODE, TEMPLATE.NAME, TEMPLATE.DESCRIPTION)
                .from(TEMPLATE).orderBy(TEMPLATE.ID)
                .fetch(r -> new Template(r.get(TEMPLATE.ID), r.get(TEMPLATE.CODE), r.get(TEMPLATE.NAME),
                        r.get(TEMPLATE.DESCRIPTION), List.copyOf(sections.getOrDefault(r.get(TEMPLATE.ID), List.of()))));
    }

    long insertCaseStudy(long ownerId, Long templateId, String title, String role, String context, String headline,
                         LocalDateTime now) {
        long id = db.insertInto(CASE_STUDY)
                .set(CASE_STUDY.OWNER_ID, ownerId)
                .set(CASE_STUDY.TEMPLATE_ID, templateId)
                .set(CASE_STUDY.TITLE, title)
                .set(CASE_STUDY.JOB_TITLE, role)
                .set(CASE_STUDY.CONTEXT_LINE, context)
                .set(CASE_STUDY.HEADLINE, headline)
                .set(CASE_STUDY.STATUS, CaseStudyStatus.DRAFT)
                .set(CASE_STUDY.CREATED_AT, now)
                .set(CASE_STUDY.UPDATED_AT, now)
                .set(CASE_STUDY.UPDATED_BY, ownerId)
                .returningResult(CASE_STUDY.ID).fetchOne(CASE_STUDY.ID);
        db.insertInto(CASE_STUDY_MEMBER)
                .set(CASE_STUDY_MEMBER.CASE_STUDY_ID, id)
                .set(CASE_STUDY_MEMBER.ACCOUNT_ID, ownerId)
                .set(CASE_STUDY_MEMBER.ROLE, MemberRole.OWNER)
                .set(CASE_STUDY_MEMBER.ADDED_AT, now)
                .set(CASE_STUDY_MEMBER.ADDED_BY, ownerId)
                .execute();
        return id;
    }

    long insertSection(long caseStudyId, int position, String heading, String body, String guidance,
                       Integer minWords, Integer maxWords, boolean outcome, long authorId, LocalDateTime now) {
        return db.insertInto(SECTION)
                .set(SECTION.CASE_STUDY_ID, caseStudyId)
                .set(SECTION.POSITION, position)
                .set(SECTION.HEADING, heading)
                .set(SECTION.BODY, body)
                .set(SECTION.GUIDANCE, guidance)
                .set(SECTION.MIN_WORDS, minWords)
                .set(SECTION.MAX_WORDS, maxWords)
                .set(SECTION.OUTCOME, outcome)
                .set(SECTION.UPDATED_AT, now)
                .set(SECTION.UPDATED_BY, authorId)
                .returningResult(SECTION.ID).fetchOne(SECTION.ID);
    }

    long insertRevision(long caseStudyId, Long sectionId, RevisionField field, RevisionKind kind, long authorId,
                        LocalDateTime now, Long baseRevisionId, String heading, String body, int wordsAdded,
                        int wordsRemoved) {
        return db.insertInto(REVISION)
                .set(REVISION.CASE_STUDY_ID, caseStudyId)
                .set(REVISION.SECTION_ID, sectionId)
                .set(REVISION.FIELD, field)
                .set(REVISION.KIND, kind)
                .set(REVISION.AUTHOR_ID, authorId)
                .set(REVISION.CREATED_AT, now)
                .set(REVISION.BASE_REVISION_ID, baseRevisionId)
                .set(REVISION.HEADING, heading)
                .set(REVISION.BODY, body)
                .set(REVISION.WORDS_ADDED, wordsAdded)
                .set(REVISION.WORDS_REMOVED, wordsRemoved)
                .returningResult(REVISION.ID).fetchOne(REVISION.ID);
    }

    Optional<String> revisionBody(long revisionId, long sectionId) {
        return db.select(REVISION.BODY).from(REVISION)
                .where(REVISION.ID.eq(revisionId)).and(REVISION.SECTION_ID.eq(sectionId))
                .fetchOptional(REVISION.BODY);
    }

    /** Moves a section to a new revision only if it still stands at {@code expectedRevisionId}. */
    boolean updateSectionBody(long sectionId, long expectedRevisionId, long newRevisionId, String body, long authorId,
                              LocalDateTime now) {
        return db.update(SECTION)
                .set(SECTION.BODY, body)
                .set(SECTION.CURRENT_REVISION_ID, newRevisionId)
                .set(SECTION.LOCK_VERSION, SECTION.LOCK_VERSION.plus(1))
                .set(SECTION.UPDATED_AT, now)
                .set(SECTION.UPDATED_BY, authorId)
                .where(SECTION.ID.eq(sectionId)).and(SECTION.CURRENT_REVISION_ID.eq(expectedRevisionId))
                .execute() == 1;
    }

    void setCurrentRevision(long sectionId, long revisionId) {
        db.update(SECTION).set(SECTION.CURRENT_REVISION_ID, revisionId).where(SECTION.ID.eq(sectionId)).execute();
    }

    void updateHeading(long sectionId, String heading, long authorId, LocalDateTime now) {
        db.update(SECTION).set(SECTION.HEADING, heading).set(SECTION.UPDATED_AT, now).set(SECTION.UPDATED_BY, authorId)
                .set(SECTION.LOCK_VERSION, SECTION.LOCK_VERSION.plus(1))
                .where(SECTION.ID.eq(sectionId)).execute();
    }

    void markSectionDeleted(long sectionId, LocalDateTime now, long authorId) {
        db.update(SECTION).set(SECTION.DELETED_AT, now).set(SECTION.UPDATED_BY, authorId)
                .where(SECTION.ID.eq(sectionId)).execute();
    }

    void restoreDeletedSection(long sectionId, int position, LocalDateTime now, long authorId) {
        db.update(SECTION).setNull(SECTION.DELETED_AT).set(SECTION.POSITION, position)
                .set(SECTION.UPDATED_AT, now).set(SECTION.UPDATED_BY, authorId)
                .where(SECTION.ID.eq(sectionId)).execute();
    }

    Optional<Long> deletedSectionCaseStudy(long sectionId) {
        return db.select(SECTION.CASE_STUDY_ID).from(SECTION)
                .where(SECTION.ID.eq(sectionId)).and(SECTION.DELETED_AT.isNotNull())
                .fetchOptional(SECTION.CASE_STUDY_ID);
    }

    /** The place a removed section had when it was removed (removing re-numbers only the live sections). */
    Optional<Integer> deletedSectionPosition(long sectionId) {
        return db.select(SECTION.POSITION).from(SECTION)
                .where(SECTION.ID.eq(sectionId)).and(SECTION.DELETED_AT.isNotNull())
                .fetchOptional(SECTION.POSITION);
    }

    void setPositions(List<Long> sectionIdsInOrder) {
        int position = 1;
        for (Long id : sectionIdsInOrder) {
            db.update(SECTION).set(SECTION.POSITION, position++).where(SECTION.ID.eq(id)).execute();
        }
    }

    void updateHeader(long caseStudyId, HeaderField field, String value, long authorId, LocalDateTime now) {
        Field<String> column = switch (field) {
            case TITLE -> CASE_STUDY.TITLE;
            case JOB_TITLE -> CASE_STUDY.JOB_TITLE;
            case CONTEXT -> CASE_STUDY.CONTEXT_LINE;
            case HEADLINE -> CASE_STUDY.HEADLINE;
        };
        db.update(CASE_STUDY).set(column, value).set(CASE_STUDY.LOCK_VERSION, CASE_STUDY.LOCK_VERSION.plus(1))
                .set(CASE_STUDY.UPDATED_AT, now).set(CASE_STUDY.UPDATED_BY, authorId)
                .where(CASE_STUDY.ID.eq(caseStudyId)).execute();
    }

    /** Locks the case study row until the transaction ends, so that changes of its header follow one another. */
    void lockCaseStudy(long caseStudyId) {
        db.select(CASE_STUDY.ID).from(CASE_STUDY).where(CASE_STUDY.ID.eq(caseStudyId)).forUpdate().fetch();
    }

    void touch(long caseStudyId, long authorId, LocalDateTime now) {
        db.update(CASE_STUDY).set(CASE_STUDY.UPDATED_AT, now).set(CASE_STUDY.UPDATED_BY, authorId)
                .where(CASE_STUDY.ID.eq(caseStudyId)).execute();
    }

    void markDeleted(long caseStudyId, LocalDateTime now) {
        db.update(CASE_STUDY).set(CASE_STUDY.DELETED_AT, now).where(CASE_STUDY.ID.eq(caseStudyId)).execute();
    }

    /** Case studies {@code ownerId} owns that were deleted after {@code cutoff}, most recently deleted first. */
    List<DeletedCaseStudy> deletedOf(long ownerId, LocalDateTime cutoff, int keptDays) {
        return db.select(CASE_STUDY.ID, CASE_STUDY.TITLE, CASE_STUDY.DELETED_AT)
                .from(CASE_STUDY)
                .where(CASE_STUDY.OWNER_ID.eq(ownerId)).and(CASE_STUDY.DELETED_AT.gt(cutoff))
                .orderBy(CASE_STUDY.DELETED_AT.desc(), CASE_STUDY.ID.desc())
                .fetch(r -> new DeletedCaseStudy(r.get(CASE_STUDY.ID), r.get(CASE_STUDY.TITLE),
                        Times.toInstant(r.get(CASE_STUDY.DELETED_AT)),
                        Times.toInstant(r.get(CASE_STUDY.DELETED_AT).plusDays(keptDays))));
    }

    /** Clears the deletion of a case study {@code ownerId} owns, if it was deleted after {@code cutoff}. */
    boolean undelete(long caseStudyId, long ownerId, LocalDateTime cutoff) {
        return db.update(CASE_STUDY).setNull(CASE_STUDY.DELETED_AT)
                .where(CASE_STUDY.ID.eq(caseStudyId)).and(CASE_STUDY.OWNER_ID.eq(ownerId))
                .and(CASE_STUDY.DELETED_AT.gt(cutoff))
                .execute() == 1;
    }

    /** Ids of case studies deleted at or before {@code cutoff}, oldest deletion first. */
    List<Long> deletedBefore(LocalDateTime cutoff, int limit) {
        return db.select(CASE_STUDY.ID).from(CASE_STUDY)
                .where(CASE_STUDY.DELETED_AT.le(cutoff))
                .orderBy(CASE_STUDY.DELETED_AT, CASE_STUDY.ID).limit(limit)
                .fetch(CASE_STUDY.ID);
    }

    /** Locks a case study deleted at or before {@code cutoff} for its purge; false when it is not (or no longer) so. */
    boolean lockForPurge(long caseStudyId, LocalDateTime cutoff) {
        return db.select(CASE_STUDY.ID).from(CASE_STUDY)
                .where(CASE_STUDY.ID.eq(caseStudyId)).and(CASE_STUDY.DELETED_AT.le(cutoff))
                .forUpdate().fetchOptional().isPresent();
    }

    /**
     * Deletes a case study's own rows and then the case study: its activity log, invitations, visits, revisions,
     * sections and members. Rows of other features must be gone already ({@link CaseStudyPurging}).
     */
    void purge(long caseStudyId) {
        db.deleteFrom(ACTIVITY).where(ACTIVITY.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(INVITATION).where(INVITATION.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(CASE_STUDY_VISIT).where(CASE_STUDY_VISIT.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(REVISION).where(REVISION.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(SECTION).where(SECTION.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(CASE_STUDY_MEMBER).where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(CASE_STUDY).where(CASE_STUDY.ID.eq(caseStudyId)).execute();
    }
}
