package app.casebook.notification;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;
import static app.casebook.db.Tables.CASE_STUDY_VERSION;
import static app.casebook.db.Tables.COMMENT;
import static app.casebook.db.Tables.MAIL_OUTBOX;
import static app.casebook.db.Tables.NOTIFICATION;
import static app.casebook.db.Tables.NOTIFICATION_SETTING;
import static app.casebook.db.Tables.VERSION_REVIEWER;

import app.casebook.base.Times;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Notifications, e-mail choices and the mail outbox (tables notification, notification_setting, mail_outbox). */
@Repository
class NotificationRepository {

    /** Who an account is, for mail: address and name. */
    record Person(long id, String email, String name) {
    }

    /** A mail waiting in the outbox. */
    record Mail(long id, String recipient, String subject, String body, int attempts) {
    }

    private final DSLContext db;

    NotificationRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long recipientId, Long caseStudyId, NotificationKind kind, Long actorId, Map<String, String> params,
                LocalDateTime now) {
        return db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.RECIPIENT_ID, recipientId)
                .set(NOTIFICATION.CASE_STUDY_ID, caseStudyId)
                .set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.ACTOR_ID, actorId)
                .set(NOTIFICATION.PARAMS, Params.encode(params))
                .set(NOTIFICATION.CREATED_AT, now)
                .returningResult(NOTIFICATION.ID).fetchOne().value1();
    }

    List<Notification> page(long recipientId, int offset, int limit) {
        var actor = ACCOUNT.as("actor");
        return db.select(NOTIFICATION.ID, NOTIFICATION.CASE_STUDY_ID, NOTIFICATION.KIND, actor.DISPLAY_NAME,
                        CASE_STUDY.TITLE, NOTIFICATION.PARAMS, NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT)
                .from(NOTIFICATION)
                .leftJoin(actor).on(actor.ID.eq(NOTIFICATION.ACTOR_ID))
                .leftJoin(CASE_STUDY).on(CASE_STUDY.ID.eq(NOTIFICATION.CASE_STUDY_ID).and(CASE_STUDY.DELETED_AT.isNull()))
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new Notification(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Params.decode(r.value6()), Times.toInstant(r.value7()), r.value8() != null));
    }

    int count(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId));
    }

    int countUnread(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Unread notifications per case study among {@code caseStudyIds}; those without any are absent. */
    Map<Long, Integer> unreadByCaseStudy(long recipientId, java.util.Collection<Long> caseStudyIds) {
        Map<Long, Integer> out = new java.util.HashMap<>();
        if (caseStudyIds.isEmpty()) {
            return out;
        }
        db.select(NOTIFICATION.CASE_STUDY_ID, org.jooq.impl.DSL.count()).from(NOTIFICATION)
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull())
                        .and(NOTIFICATION.CASE_STUDY_ID.in(caseStudyIds)))
                .groupBy(NOTIFICATION.CASE_STUDY_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    boolean markRead(long id, long recipientId, LocalDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.ID.eq(id).and(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                        .and(NOTIFICATION.READ_AT.isNull()))
                .execute() > 0;
    }

    int markAllRead(long recipientId, LocalDateTime now) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, now)
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()))
                .execute();
    }

    boolean exists(long id, long recipientId) {
        return db.fetchExists(NOTIFICATION, NOTIFICATION.ID.eq(id).and(NOTIFICATION.RECIPIENT_ID.eq(recipientId)));
    }

    Optional<Long> ownerOf(long caseStudyId) {
        return db.select(CASE_STUDY.OWNER_ID).from(CASE_STUDY).where(CASE_STUDY.ID.eq(caseStudyId))
                .fetchOptional(CASE_STUDY.OWNER_ID);
    }

    String titleOf(long caseStudyId) {
        return db.select(CASE_STUDY.TITLE).from(CASE_STUDY).where(CASE_STUDY.ID.eq(caseStudyId))
                .fetchOptional(CASE_STUDY.TITLE).orElse("");
    }

    Optional<Person> person(long accountId) {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.ENABLED.isTrue()))
                .fetchOptional(r -> new Person(r.value1(), r.value2(), r.value3()));
    }

    Map<NotificationKind, Boolean> emailChoices(long accountId) {
        Map<NotificationKind, Boolean> out = new EnumMap<>(NotificationKind.class);
        db.select(NOTIFICATION_SETTING.KIND, NOTIFICATION_SETTING.EMAIL).from(NOTIFICATION_SETTING)
                .where(NOTIFICATION_SETTING.ACCOUNT_ID.eq(accountId))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    void setEmail(long accountId, NotificationKind kind, boolean email) {
        int updated = db.update(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.EMAIL, email)
                .where(NOTIFICATION_SETTING.ACCOUNT_ID.eq(accountId).and(NOTIFICATION_SETTING.KIND.eq(kind)))
                .execute();
        if (updated == 0) {
            db.insertInto(NOTIFICATION_SETTING).set(NOTIFICATION_SETTING.ACCOUNT_ID, accountId)
                    .set(NOTIFICATION_SETTING.KIND, kind).set(NOTIFICATION_SETTING.EMAIL, email).execute();
        }
    }

    /** Everyone who wrote a comment in a thread. */
    List<Long> commentersOf(long threadId) {
        return db.selectDistinct(COMMENT.AUTHOR_ID).from(COMMENT).where(COMMENT.THREAD_ID.eq(threadId))
                .fetch(COMMENT.AUTHOR_ID);
    }

    List<Long> membersOf(long caseStudyId) {
        return db.select(CASE_STUDY_MEMBER.ACCOUNT_ID).from(CASE_STUDY_MEMBER)
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId)).fetch(CASE_STUDY_MEMBER.ACCOUNT_ID);
    }

    /** The required reviewers of a version (table version_reviewer), in a stable order. */
    List<Long> requiredReviewersOf(long versionId) {
        return db.select(VERSION_REVIEWER.REVIEWER_ID).from(VERSION_REVIEWER)
                .where(VERSION_REVIEWER.VERSION_ID.eq(versionId)).orderBy(VERSION_REVIEWER.REVIEWER_ID)
                .fetch(VERSION_REVIEWER.REVIEWER_ID);
    }

    /** Who submitted a version. */
    Optional<Long> submitterOf(long versionId) {
        return db.select(CASE_STUDY_VERSION.SUBMITTED_BY).from(CASE_STUDY_VERSION)
                .where(CASE_STUDY_VERSION.ID.eq(versionId)).fetchOptional(CASE_STUDY_VERSION.SUBMITTED_BY);
    }

    int deleteForCaseStudy(long caseStudyId) {
        return db.deleteFrom(NOTIFICATION).where(NOTIFICATION.CASE_STUDY_ID.eq(caseStudyId)).execute();
    }

    // the outbox

    void queueMail(String recipient, String subject, String body, LocalDateTime now) {
        db.insertInto(MAIL_OUTBOX).set(MAIL_OUTBOX.RECIPIENT, recipient).set(MAIL_OUTBOX.SUBJECT, subject)
                .set(MAIL_OUTBOX.BODY, body).set(MAIL_OUTBOX.CREATED_AT, now).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .execute();
    }

    List<Mail> dueMail(LocalDateTime now, int limit) {
        return db.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY,
                        MAIL_OUTBOX.ATTEMPTS)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull().and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(MAIL_OUTBOX.ID).limit(limit)
                .fetch(r -> new Mail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Claims a due mail for this sender (another node may be sending too): true when this one got it. */
    boolean claim(long id, int attempts, LocalDateTime retryAt) {
        return db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, attempts + 1).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, retryAt)
                .where(MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.ATTEMPTS.eq(attempts)).and(MAIL_OUTBOX.SENT_AT.isNull()))
                .execute() > 0;
    }

    void markSent(long id, LocalDateTime now) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.SENT_AT, now).set(MAIL_OUTBOX.BODY, "").setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    void markFailed(long id, String error) {
        db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    int pendingMail() {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SENT_AT.isNull());
    }
}
