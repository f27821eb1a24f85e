package app.casebook.activity;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.ACTIVITY;

import app.casebook.base.Times;
import java.time.LocalDateTime;
import java.util.List;
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

    int count(long caseStudyId) {
        return db.fetchCount(ACTIVITY, ACTIVITY.CASE_STUDY_ID.eq(caseStudyId));
    }
}
