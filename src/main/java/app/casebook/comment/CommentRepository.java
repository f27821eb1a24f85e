package app.casebook.comment;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;
import static app.casebook.db.Tables.COMMENT;
import static app.casebook.db.Tables.COMMENT_MENTION;
import static app.casebook.db.Tables.COMMENT_READ;
import static app.casebook.db.Tables.COMMENT_RESOLUTION;
import static app.casebook.db.Tables.COMMENT_THREAD;
import static app.casebook.db.Tables.REVISION;
import static app.casebook.db.Tables.SECTION;

import app.casebook.base.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Tables comment_thread, comment, comment_mention, comment_read and comment_resolution. */
@Repository
class CommentRepository {

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    /** A thread's row as stored, without its comments. */
    record ThreadRow(long id, long caseStudyId, long sectionId, long createdBy, String createdByName, Instant createdAt,
                     String quote, String prefix, String suffix, Integer offset, Long anchorRevisionId,
                     ThreadStatus status, Long resolvedBy, String resolvedByName, Instant resolvedAt,
                     String suggestion, SuggestionState suggestionState) {
    }

    /** A section's current state, for anchoring and for messages. */
    record SectionText(long id, long caseStudyId, String heading, String body, long revisionId, boolean removed) {
    }

    private static Field<String> nameOf(Field<Long> accountId) {
        return DSL.field(DSL.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)));
    }

    private static final Field<String> CREATED_BY_NAME = nameOf(COMMENT_THREAD.CREATED_BY).as("created_by_name");
    private static final Field<String> RESOLVED_BY_NAME = nameOf(COMMENT_THREAD.RESOLVED_BY).as("resolved_by_name");

    private static ThreadRow thread(Record r) {
        String state = r.get(COMMENT_THREAD.SUGGESTION_STATE);
        return new ThreadRow(r.get(COMMENT_THREAD.ID), r.get(COMMENT_THREAD.CASE_STUDY_ID),
                r.get(COMMENT_THREAD.SECTION_ID), r.get(COMMENT_THREAD.CREATED_BY), r.get(CREATED_BY_NAME),
                Times.toInstant(r.get(COMMENT_THREAD.CREATED_AT)), r.get(COMMENT_THREAD.ANCHOR_TEXT),
                r.get(COMMENT_THREAD.ANCHOR_PREFIX), r.get(COMMENT_THREAD.ANCHOR_SUFFIX),
                r.get(COMMENT_THREAD.ANCHOR_OFFSET), r.get(COMMENT_THREAD.ANCHOR_REVISION_ID),
                ThreadStatus.valueOf(r.get(COMMENT_THREAD.STATUS)), r.get(COMMENT_THREAD.RESOLVED_BY),
                r.get(RESOLVED_BY_NAME), r.get(COMMENT_THREAD.RESOLVED_AT) == null ? null
                : Times.toInstant(r.get(COMMENT_THREAD.RESOLVED_AT)),
                r.get(COMMENT_THREAD.SUGGESTION), state == null ? null : SuggestionState.valueOf(state));
    }

    private org.jooq.SelectSelectStep<Record> selectThread() {
        List<Field<?>> fields = new ArrayList<>(List.of(COMMENT_THREAD.fields()));
        fields.add(CREATED_BY_NAME);
        fields.add(RESOLVED_BY_NAME);
        return db.select(fields);
    }

    List<ThreadRow> threads(long caseStudyId) {
        return selectThread().from(COMMENT_THREAD).where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))
                .orderBy(COMMENT_THREAD.ID).fetch(CommentRepository::thread);
    }

    Optional<ThreadRow> thread(long threadId) {
        return selectThread().from(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId))
                .fetchOptional(CommentRepository::thread);
    }

    /** The thread's row, locked until the end of the transaction: changes of one thread queue. */
    Optional<ThreadRow> lockThread(long threadId) {
        Optional<Long> locked = db.select(COMMENT_THREAD.ID).from(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId))
                .forUpdate().fetchOptional(COMMENT_THREAD.ID);
        return locked.flatMap(this::thread);
    }

    /** Locks the case study's row, so that two threads opened at once are counted one after the other. */
    void lockCaseStudy(long caseStudyId) {
        db.select(CASE_STUDY.ID).from(CASE_STUDY).where(CASE_STUDY.ID.eq(caseStudyId)).forUpdate().fetch();
    }

    int countThreads(long caseStudyId) {
        return db.fetchCount(COMMENT_THREAD, COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId));
    }

    /** The comments of the given threads, grouped by thread, oldest first. */
    Map<Long, List<Comment>> comments(Collection<Long> threadIds) {
        Map<Long, List<Comment>> byThread = new HashMap<>();
        if (threadIds.isEmpty()) {
            return byThread;
        }
        db.select(COMMENT.ID, COMMENT.THREAD_ID, COMMENT.AUTHOR_ID, nameOf(COMMENT.AUTHOR_ID), COMMENT.BODY,
                        COMMENT.BODY_HTML, COMMENT.CREATED_AT, COMMENT.EDITED_AT, COMMENT.DELETED_AT)
                .from(COMMENT)
                .where(threadIds.size() > 200 ? COMMENT.THREAD_ID.in(DSL.select(COMMENT_THREAD.ID).from(COMMENT_THREAD)
                        .where(COMMENT_THREAD.ID.in(threadIds))) : COMMENT.THREAD_ID.in(threadIds))
                .orderBy(COMMENT.ID)
                .forEach(r -> {
                    boolean deleted = r.value9() != null;
                    Comment c = new Comment(r.value1(), r.value2(), r.value3(), r.value4(), deleted ? null : r.value5(),
                            deleted ? null : r.value6(), Times.toInstant(r.value7()),
                            r.value8() == null ? null : Times.toInstant(r.value8()), deleted);
                    byThread.computeIfAbsent(c.threadId(), k -> new ArrayList<>()).add(c);
                });
        return byThread;
    }

    /** All comments of a case study's threads, grouped by thread: one query. */
    Map<Long, List<Comment>> commentsOfCaseStudy(long caseStudyId) {
        Map<Long, List<Comment>> byThread = new HashMap<>();
        db.select(COMMENT.ID, COMMENT.THREAD_ID, COMMENT.AUTHOR_ID, nameOf(COMMENT.AUTHOR_ID), COMMENT.BODY,
                        COMMENT.BODY_HTML, COMMENT.CREATED_AT, COMMENT.EDITED_AT, COMMENT.DELETED_AT)
                .from(COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT.THREAD_ID))
                .where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))
                .orderBy(COMMENT.ID)
                .forEach(r -> {
                    boolean deleted = r.value9() != null;
                    Comment c = new Comment(r.value1(), r.value2(), r.value3(), r.value4(), deleted ? null : r.value5(),
                            deleted ? null : r.value6(), Times.toInstant(r.value7()),
                            r.value8() == null ? null : Times.toInstant(r.value8()), deleted);
                    byThread.computeIfAbsent(c.threadId(), k -> new ArrayList<>()).add(c);
                });
        return byThread;
    }

    /** Every resolve and reopen of a case study's threads, grouped by thread, oldest first. */
    Map<Long, List<ResolutionStep>> history(long caseStudyId) {
        Map<Long, List<ResolutionStep>> byThread = new HashMap<>();
        db.select(COMMENT_RESOLUTION.THREAD_ID, COMMENT_RESOLUTION.RESOLVED, COMMENT_RESOLUTION.ACTOR_ID,
                        nameOf(COMMENT_RESOLUTION.ACTOR_ID), COMMENT_RESOLUTION.CREATED_AT)
                .from(COMMENT_RESOLUTION)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT_RESOLUTION.THREAD_ID))
                .where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))
                .orderBy(COMMENT_RESOLUTION.ID)
                .forEach(r -> byThread.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ResolutionStep(r.value2(), r.value3(), r.value4(), Times.toInstant(r.value5()))));
        return byThread;
    }

    /** Who is mentioned in each thread of a case study. */
    Map<Long, List<Long>> mentions(long caseStudyId) {
        Map<Long, List<Long>> byThread = new HashMap<>();
        db.selectDistinct(COMMENT.THREAD_ID, COMMENT_MENTION.ACCOUNT_ID)
                .from(COMMENT_MENTION)
                .join(COMMENT).on(COMMENT.ID.eq(COMMENT_MENTION.COMMENT_ID))
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT.THREAD_ID))
                .where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId)).and(COMMENT.DELETED_AT.isNull())
                .forEach(r -> byThread.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return byThread;
    }

    List<Long> mentionsOf(long commentId) {
        return db.select(COMMENT_MENTION.ACCOUNT_ID).from(COMMENT_MENTION)
                .where(COMMENT_MENTION.COMMENT_ID.eq(commentId)).orderBy(COMMENT_MENTION.ACCOUNT_ID)
                .fetch(COMMENT_MENTION.ACCOUNT_ID);
    }

    /** The live sections of a case study (removed ones too, flagged), by id. */
    Map<Long, SectionText> sections(long caseStudyId) {
        Map<Long, SectionText> byId = new HashMap<>();
        db.select(SECTION.ID, SECTION.CASE_STUDY_ID, SECTION.HEADING, SECTION.BODY, SECTION.CURRENT_REVISION_ID,
                        SECTION.DELETED_AT)
                .from(SECTION).where(SECTION.CASE_STUDY_ID.eq(caseStudyId))
                .forEach(r -> byId.put(r.value1(), new SectionText(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? 0 : r.value5(), r.value6() != null)));
        return byId;
    }

    Optional<SectionText> section(long sectionId) {
        return db.select(SECTION.ID, SECTION.CASE_STUDY_ID, SECTION.HEADING, SECTION.BODY, SECTION.CURRENT_REVISION_ID,
                        SECTION.DELETED_AT)
                .from(SECTION).where(SECTION.ID.eq(sectionId))
                .fetchOptional(r -> new SectionText(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? 0 : r.value5(), r.value6() != null));
    }

    long insertThread(long caseStudyId, long sectionId, long createdBy, LocalDateTime now, Anchors.Selector selector,
                      Long anchorRevisionId, String suggestion) {
        return db.insertInto(COMMENT_THREAD)
                .set(COMMENT_THREAD.CASE_STUDY_ID, caseStudyId)
                .set(COMMENT_THREAD.SECTION_ID, sectionId)
                .set(COMMENT_THREAD.CREATED_BY, createdBy)
                .set(COMMENT_THREAD.CREATED_AT, now)
                .set(COMMENT_THREAD.ANCHOR_TEXT, selector == null ? null : selector.exact())
                .set(COMMENT_THREAD.ANCHOR_PREFIX, selector == null ? null : selector.prefix())
                .set(COMMENT_THREAD.ANCHOR_SUFFIX, selector == null ? null : selector.suffix())
                .set(COMMENT_THREAD.ANCHOR_OFFSET, selector == null ? null : selector.start())
                .set(COMMENT_THREAD.ANCHOR_REVISION_ID, anchorRevisionId)
                .set(COMMENT_THREAD.STATUS, ThreadStatus.OPEN.name())
                .set(COMMENT_THREAD.SUGGESTION, suggestion)
                .set(COMMENT_THREAD.SUGGESTION_STATE, suggestion == null ? null : SuggestionState.PENDING.name())
                .returningResult(COMMENT_THREAD.ID)
                .fetchOne(COMMENT_THREAD.ID);
    }

    long insertComment(long threadId, long authorId, String body, String html, LocalDateTime now) {
        return db.insertInto(COMMENT)
                .set(COMMENT.THREAD_ID, threadId)
                .set(COMMENT.AUTHOR_ID, authorId)
                .set(COMMENT.BODY, body)
                .set(COMMENT.BODY_HTML, html)
                .set(COMMENT.CREATED_AT, now)
                .returningResult(COMMENT.ID)
                .fetchOne(COMMENT.ID);
    }

    void insertMentions(long commentId, Collection<Long> accountIds) {
        for (long accountId : accountIds) {
            db.insertInto(COMMENT_MENTION)
                    .set(COMMENT_MENTION.COMMENT_ID, commentId)
                    .set(COMMENT_MENTION.ACCOUNT_ID, accountId)
                    .execute();
        }
    }

    void deleteMentions(long commentId) {
        db.deleteFrom(COMMENT_MENTION).where(COMMENT_MENTION.COMMENT_ID.eq(commentId)).execute();
    }

    /** A comment's author and thread, locked; empty when it does not exist. */
    Optional<CommentOwner> lockComment(long commentId) {
        return db.select(COMMENT.ID, COMMENT.THREAD_ID, COMMENT.AUTHOR_ID, COMMENT.DELETED_AT)
                .from(COMMENT).where(COMMENT.ID.eq(commentId)).forUpdate()
                .fetchOptional(r -> new CommentOwner(r.value1(), r.value2(), r.value3(), r.value4() != null));
    }

    record CommentOwner(long id, long threadId, long authorId, boolean deleted) {
    }

    void updateComment(long commentId, String body, String html, LocalDateTime now) {
        db.update(COMMENT).set(COMMENT.BODY, body).set(COMMENT.BODY_HTML, html).set(COMMENT.EDITED_AT, now)
                .where(COMMENT.ID.eq(commentId)).execute();
    }

    void markDeleted(long commentId, LocalDateTime now) {
        db.update(COMMENT).set(COMMENT.BODY, "").set(COMMENT.BODY_HTML, "").set(COMMENT.DELETED_AT, now)
                .where(COMMENT.ID.eq(commentId)).execute();
    }

    void setStatus(long threadId, ThreadStatus status, long actorId, LocalDateTime now) {
        boolean resolved = status == ThreadStatus.RESOLVED;
        db.update(COMMENT_THREAD)
                .set(COMMENT_THREAD.STATUS, status.name())
                .set(COMMENT_THREAD.RESOLVED_BY, resolved ? actorId : null)
                .set(COMMENT_THREAD.RESOLVED_AT, resolved ? now : null)
                .set(COMMENT_THREAD.LOCK_VERSION, COMMENT_THREAD.LOCK_VERSION.plus(1))
                .where(COMMENT_THREAD.ID.eq(threadId)).execute();
        db.insertInto(COMMENT_RESOLUTION)
                .set(COMMENT_RESOLUTION.THREAD_ID, threadId)
                .set(COMMENT_RESOLUTION.RESOLVED, resolved)
                .set(COMMENT_RESOLUTION.ACTOR_ID, actorId)
                .set(COMMENT_RESOLUTION.CREATED_AT, now)
                .execute();
    }

    void setSuggestionState(long threadId, SuggestionState state) {
        db.update(COMMENT_THREAD).set(COMMENT_THREAD.SUGGESTION_STATE, state.name())
                .where(COMMENT_THREAD.ID.eq(threadId)).execute();
    }

    /** Records on revision {@code revisionId} (written by {@code authorId}) that it applied {@code suggestedBy}'s suggestion. */
    void markSuggestedBy(long revisionId, long authorId, long suggestedBy) {
        db.update(REVISION).set(REVISION.SUGGESTED_BY, suggestedBy)
                .where(REVISION.ID.eq(revisionId)).and(REVISION.AUTHOR_ID.eq(authorId)).execute();
    }

    /** The newest comment of a case study, or 0. */
    long newestComment(long caseStudyId) {
        Long max = db.select(DSL.max(COMMENT.ID)).from(COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT.THREAD_ID))
                .where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId)).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    long lastRead(long accountId, long caseStudyId) {
        Long last = db.select(COMMENT_READ.LAST_READ_COMMENT_ID).from(COMMENT_READ)
                .where(COMMENT_READ.ACCOUNT_ID.eq(accountId)).and(COMMENT_READ.CASE_STUDY_ID.eq(caseStudyId))
                .fetchOne(COMMENT_READ.LAST_READ_COMMENT_ID);
        return last == null ? 0 : last;
    }

    /** Moves the person's read mark forward to {@code commentId} (never back). */
    void markRead(long accountId, long caseStudyId, long commentId) {
        int updated = db.update(COMMENT_READ).set(COMMENT_READ.LAST_READ_COMMENT_ID, commentId)
                .where(COMMENT_READ.ACCOUNT_ID.eq(accountId)).and(COMMENT_READ.CASE_STUDY_ID.eq(caseStudyId))
                .and(COMMENT_READ.LAST_READ_COMMENT_ID.lt(commentId)).execute();
        if (updated == 0) {
            db.insertInto(COMMENT_READ)
                    .set(COMMENT_READ.ACCOUNT_ID, accountId)
                    .set(COMMENT_READ.CASE_STUDY_ID, caseStudyId)
                    .set(COMMENT_READ.LAST_READ_COMMENT_ID, commentId)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    /**
     * Per case study the person is a member of (among {@code caseStudyIds}): the comments by others, not deleted,
     * newer than the person's read mark. One query.
     */
    Map<Long, Integer> unread(long accountId, Collection<Long> caseStudyIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (caseStudyIds.isEmpty()) {
            return counts;
        }
        db.select(COMMENT_THREAD.CASE_STUDY_ID, DSL.count())
                .from(COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT.THREAD_ID))
                .join(CASE_STUDY_MEMBER).on(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(COMMENT_THREAD.CASE_STUDY_ID)
                        .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId)))
                .leftJoin(COMMENT_READ).on(COMMENT_READ.CASE_STUDY_ID.eq(COMMENT_THREAD.CASE_STUDY_ID)
                        .and(COMMENT_READ.ACCOUNT_ID.eq(accountId)))
                .where(COMMENT_THREAD.CASE_STUDY_ID.in(caseStudyIds))
                .and(COMMENT.AUTHOR_ID.ne(accountId))
                .and(COMMENT.DELETED_AT.isNull())
                .and(COMMENT.ID.gt(DSL.coalesce(COMMENT_READ.LAST_READ_COMMENT_ID, 0L)))
                .groupBy(COMMENT_THREAD.CASE_STUDY_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Removes every comment row of a case study (its purge). */
    void deleteAll(long caseStudyId) {
        var threads = DSL.select(COMMENT_THREAD.ID).from(COMMENT_THREAD).where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId));
        var comments = DSL.select(COMMENT.ID).from(COMMENT).where(COMMENT.THREAD_ID.in(
                DSL.select(COMMENT_THREAD.ID).from(COMMENT_THREAD).where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId))));
        db.deleteFrom(COMMENT_MENTION).where(COMMENT_MENTION.COMMENT_ID.in(comments)).execute();
        db.deleteFrom(COMMENT_RESOLUTION).where(COMMENT_RESOLUTION.THREAD_ID.in(threads)).execute();
        db.deleteFrom(COMMENT).where(COMMENT.THREAD_ID.in(threads)).execute();
        db.deleteFrom(COMMENT_THREAD).where(COMMENT_THREAD.CASE_STUDY_ID.eq(caseStudyId)).execute();
        db.deleteFrom(COMMENT_READ).where(COMMENT_READ.CASE_STUDY_ID.eq(caseStudyId)).execute();
    }

    /** The member ids and display names of a case study, for mentions. */
    Map<Long, String> members(long caseStudyId) {
        Map<Long, String> byId = new HashMap<>();
        db.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME).from(CASE_STUDY_MEMBER)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(CASE_STUDY_MEMBER.ACCOUNT_ID))
                .where(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(caseStudyId))
                .forEach(r -> byId.put(r.value1(), r.value2()));
        return byId;
    }

    String nameOfAccount(long accountId) {
        return db.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOne(ACCOUNT.DISPLAY_NAME);
    }
}
