package app.casebook.membership;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.INVITATION;

import app.casebook.base.Times;
import app.casebook.casestudy.MemberRole;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Invitations to case studies (table invitation); only a hash of each link's token is stored. */
@Repository
class InvitationRepository {

    private final DSLContext db;

    InvitationRepository(DSLContext db) {
        this.db = db;
    }

    /** An invitation by its token's hash, with the title of its case study while that still exists. */
    record Found(long id, long caseStudyId, String email, MemberRole role, long invitedBy, String invitedByName,
                 LocalDateTime expiresAt, boolean pending, String caseStudyTitle) {
    }

    long insert(long caseStudyId, String email, MemberRole role, String tokenHash, long invitedBy, LocalDateTime now,
                LocalDateTime expiresAt) {
        return db.insertInto(INVITATION)
                .set(INVITATION.CASE_STUDY_ID, caseStudyId)
                .set(INVITATION.EMAIL, email)
                .set(INVITATION.ROLE, role)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.INVITED_BY, invitedBy)
                .set(INVITATION.CREATED_AT, now)
                .set(INVITATION.EXPIRES_AT, expiresAt)
                .returningResult(INVITATION.ID).fetchOne(INVITATION.ID);
    }

    private static Condition pendingAt(LocalDateTime now) {
        return INVITATION.ACCEPTED_AT.isNull().and(INVITATION.WITHDRAWN_AT.isNull()).and(INVITATION.EXPIRES_AT.gt(now));
    }

    List<Invitation> pending(long caseStudyId, LocalDateTime now) {
        return db.select(INVITATION.ID, INVITATION.CASE_STUDY_ID, INVITATION.EMAIL, INVITATION.ROLE,
                        ACCOUNT.DISPLAY_NAME, INVITATION.CREATED_AT.convertFrom(Times::toInstant),
                        INVITATION.EXPIRES_AT.convertFrom(Times::toInstant))
                .from(INVITATION).join(ACCOUNT).on(ACCOUNT.ID.eq(INVITATION.INVITED_BY))
                .where(INVITATION.CASE_STUDY_ID.eq(caseStudyId)).and(pendingAt(now))
                .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID.desc())
                .fetch(Records.mapping(Invitation::new));
    }

    int countPending(long caseStudyId, LocalDateTime now) {
        return db.fetchCount(INVITATION, INVITATION.CASE_STUDY_ID.eq(caseStudyId).and(pendingAt(now)));
    }

    Optional<Found> findByTokenHash(String tokenHash, LocalDateTime now) {
        return db.select(INVITATION.ID, INVITATION.CASE_STUDY_ID, INVITATION.EMAIL, INVITATION.ROLE,
                        INVITATION.INVITED_BY, ACCOUNT.DISPLAY_NAME, INVITATION.EXPIRES_AT,
                        DSL.when(pendingAt(now), true).otherwise(false), CASE_STUDY.TITLE)
                .from(INVITATION)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(INVITATION.INVITED_BY))
                .leftJoin(CASE_STUDY).on(CASE_STUDY.ID.eq(INVITATION.CASE_STUDY_ID).and(CASE_STUDY.DELETED_AT.isNull()))
                .where(INVITATION.TOKEN_HASH.eq(tokenHash)).and(INVITATION.CASE_STUDY_ID.isNotNull())
                .fetchOptional(Records.mapping(Found::new));
    }

    /** The case study of an invitation that is still pending; empty for unknown, used, withdrawn or expired ones. */
    Optional<Long> pendingCaseStudy(long invitationId, LocalDateTime now) {
        return db.select(INVITATION.CASE_STUDY_ID).from(INVITATION)
                .where(INVITATION.ID.eq(invitationId)).and(pendingAt(now))
                .fetchOptional(INVITATION.CASE_STUDY_ID);
    }

    Optional<Long> caseStudyOf(long invitationId) {
        return db.select(INVITATION.CASE_STUDY_ID).from(INVITATION).where(INVITATION.ID.eq(invitationId))
                .fetchOptional(INVITATION.CASE_STUDY_ID);
    }

    Optional<String> emailOf(long invitationId) {
        return db.select(INVITATION.EMAIL).from(INVITATION).where(INVITATION.ID.eq(invitationId))
                .fetchOptional(INVITATION.EMAIL);
    }

    /** Marks an invitation used, if it still is pending; false when someone else was quicker or it ran out. */
    boolean markAccepted(long invitationId, long accountId, LocalDateTime now) {
        return db.update(INVITATION)
                .set(INVITATION.ACCEPTED_AT, now)
                .set(INVITATION.ACCEPTED_BY, accountId)
                .where(INVITATION.ID.eq(invitationId)).and(pendingAt(now))
                .execute() == 1;
    }

    boolean withdraw(long invitationId, LocalDateTime now) {
        return db.update(INVITATION).set(INVITATION.WITHDRAWN_AT, now)
                .where(INVITATION.ID.eq(invitationId)).and(pendingAt(now))
                .execute() == 1;
    }

    /** Withdraws the pending invitations of one e-mail address to one case study; how many there were. */
    int withdrawPendingFor(long caseStudyId, String email, LocalDateTime now) {
        return db.update(INVITATION).set(INVITATION.WITHDRAWN_AT, now)
                .where(INVITATION.CASE_STUDY_ID.eq(caseStudyId)).and(INVITATION.EMAIL.eq(email)).and(pendingAt(now))
                .execute();
    }
}
