package app.casebook.membership;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;

import app.casebook.base.Times;
import app.casebook.casestudy.MemberRole;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** Who is on which case study, with which role (table case_study_member; the owner has a row too). */
@Repository
class MemberRepository {

    private final DSLContext db;

    MemberRepository(DSLContext db) {
        this.db = db;
    }

    /** Members of a case study: the owner first, then by role and name. */
    List<Member> members(long caseStudyId) {
        return db.select(CASE_STUDY_MEMBER.ACCOUNT_ID, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, CASE_STUDY_MEMBER.ROLE,
                        CASE_STUDY_MEMBER.ADDED_AT.convertFrom(Times::toInstant))
                .from(CASE_STUDY_MEMBER).join(ACCOUNT).on(ACCOUNT.ID.eq(CASE_STUDY_MEMBER.ACCOUNT_ID))
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId))
                .fetch(Records.mapping(Member::new))
                .stream()
                .sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    Optional<Member> member(long caseStudyId, long accountId) {
        return members(caseStudyId).stream().filter(m -> m.accountId() == accountId).findFirst();
    }

    int count(long caseStudyId) {
        return db.fetchCount(CASE_STUDY_MEMBER, CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId));
    }

    boolean caseStudyExists(long caseStudyId) {
        return db.fetchExists(CASE_STUDY, CASE_STUDY.ID.eq(caseStudyId).and(CASE_STUDY.DELETED_AT.isNull()));
    }

    void insert(long caseStudyId, long accountId, MemberRole role, Long addedBy, LocalDateTime now) {
        db.insertInto(CASE_STUDY_MEMBER)
                .set(CASE_STUDY_MEMBER.CASE_STUDY_ID, caseStudyId)
                .set(CASE_STUDY_MEMBER.ACCOUNT_ID, accountId)
                .set(CASE_STUDY_MEMBER.ROLE, role)
                .set(CASE_STUDY_MEMBER.ADDED_AT, now)
                .set(CASE_STUDY_MEMBER.ADDED_BY, addedBy)
                .execute();
    }

    void updateRole(long caseStudyId, long accountId, MemberRole role) {
        db.update(CASE_STUDY_MEMBER).set(CASE_STUDY_MEMBER.ROLE, role)
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    void delete(long caseStudyId, long accountId) {
        db.deleteFrom(CASE_STUDY_MEMBER)
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId))
                .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId))
                .execute();
    }

    /** The case study row first (lock order), then the two members' roles. */
    void transferOwnership(long caseStudyId, long fromAccountId, long toAccountId) {
        db.update(CASE_STUDY).set(CASE_STUDY.OWNER_ID, toAccountId).where(CASE_STUDY.ID.eq(caseStudyId)).execute();
        updateRole(caseStudyId, toAccountId, MemberRole.OWNER);
        updateRole(caseStudyId, fromAccountId, MemberRole.EDITOR);
    }
}
