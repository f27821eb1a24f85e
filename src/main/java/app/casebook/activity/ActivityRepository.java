package app.casebook.activity;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.ACTIVITY;
import static app.casebook.db.Tables.CASE_STUDY_MEMBER;

import app.casebook.base.Times;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The activity log (table activity), newest first. */
@Repository
class ActivityRepository {

    private final DSLContext db;

    ActivityRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long caseStudyId, long actorId, ActivityType type, String detail, LocalDateTime now) {
        db.insertInto(ACTIVITY)
                .set(ACTIVITY.CASE_STUDY_ID, caseStudyId)
                .set(ACTIVITY.ACTOR_ID, actorId)
                .set(ACTIVITY.TYPE, type)
                .set(ACTIVITY.DETAIL, detail)
                .set(ACTIVITY.CREATED_AT, now)
                .execute();
    }

    List<ActivityEntry> page(long caseStudyId, int offset, int limit) {
        return db.select(ACTIVITY.ID, ACTIVITY.CASE_STUDY_ID, ACTIVITY.ACTOR_ID,
                        DSL.field(DSL.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.eq(ACTIVITY.ACTOR_ID))),
                        ACTIVITY.TYPE, ACTIVITY.DETAIL, ACTIVITY.CREATED_AT.convertFrom(Times::toInstant))
                .from(ACTIVITY)
                .where(ACTIVITY.CASE_STUDY_ID.eq(caseStudyId))
                .orderBy(ACTIVITY.ID.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(ActivityEntry::new));
    }

    /** The newest line of each of {@code caseStudyIds} that {@code accountId} is a member of, in one query. */
    Map<Long, ActivityEntry> newest(long accountId, Collection<Long> caseStudyIds) {
        Map<Long, ActivityEntry> out = new HashMap<>();
        if (caseStudyIds.isEmpty()) {
            return out;
        }
        var newestIds = DSL.select(DSL.max(ACTIVITY.ID)).from(ACTIVITY)
                .join(CASE_STUDY_MEMBER).on(CASE_STUDY_MEMBER.CASE_STUDY_ID.eq(ACTIVITY.CASE_STUDY_ID)
                        .and(CASE_STUDY_MEMBER.ACCOUNT_ID.eq(accountId)))
                .where(ACTIVITY.CASE_STUDY_ID.in(caseStudyIds))
                .groupBy(ACTIVITY.CASE_STUDY_ID);
        db.select(ACTIVITY.ID, ACTIVITY.CASE_STUDY_ID, ACTIVITY.ACTOR_ID, ACCOUNT.DISPLAY_NAME, ACTIVITY.TYPE,
                        ACTIVITY.DETAIL, ACTIVITY.CREATED_AT.convertFrom(Times::toInstant))
                .from(ACTIVITY)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(ACTIVITY.ACTOR_ID))
                .where(ACTIVITY.ID.in(newestIds))
                .fetch(Records.mapping(ActivityEntry::new))
                .forEach(e -> out.put(e.caseStudyId(), e));
        return out;
    }

    int count(long caseStudyId) {
        return db.fetchCount(ACTIVITY, ACTIVITY.CASE_STUDY_ID.eq(caseStudyId));
    }
}
