package app.casebook.account;

import static app.casebook.db.Tables.ACCOUNT;
import static app.casebook.db.Tables.AUDIT_LOG;

import app.casebook.base.Times;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Long actorId, String action, String target, String detail, String clientAddress, LocalDateTime now) {
        db.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR_ID, actorId)
                .set(AUDIT_LOG.ACTION, cut(action, 50))
                .set(AUDIT_LOG.TARGET, target == null ? null : cut(target, 254))
                .set(AUDIT_LOG.DETAIL, cut(detail == null ? "" : detail, 1000))
                .set(AUDIT_LOG.CLIENT_ADDRESS, clientAddress == null ? null : cut(clientAddress, 64))
                .set(AUDIT_LOG.CREATED_AT, now)
                .execute();
    }

    List<AuditEntry> page(int offset, int limit) {
        return db.select(AUDIT_LOG.ID, AUDIT_LOG.CREATED_AT.convertFrom(Times::toInstant), AUDIT_LOG.ACTION,
                        ACCOUNT.DISPLAY_NAME, AUDIT_LOG.TARGET,
                        AUDIT_LOG.DETAIL, AUDIT_LOG.CLIENT_ADDRESS)
                .from(AUDIT_LOG).leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(AUDIT_LOG.ACTOR_ID))
                .orderBy(AUDIT_LOG.ID.desc())
                .offset(offset).limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    int count() {
        return db.fetchCount(AUDIT_LOG);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
