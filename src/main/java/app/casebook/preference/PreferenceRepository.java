package app.casebook.preference;

import static app.casebook.db.Tables.PERSON_PREFERENCE;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Per-person preferences (table person_preference). */
@Repository
class PreferenceRepository {

    private final DSLContext db;

    PreferenceRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> get(long accountId, String name) {
        return db.select(PERSON_PREFERENCE.PREF_VALUE).from(PERSON_PREFERENCE)
                .where(PERSON_PREFERENCE.ACCOUNT_ID.eq(accountId).and(PERSON_PREFERENCE.NAME.eq(name)))
                .fetchOptional(PERSON_PREFERENCE.PREF_VALUE);
    }

    void put(long accountId, String name, String value, LocalDateTime now) {
        int updated = db.update(PERSON_PREFERENCE)
                .set(PERSON_PREFERENCE.PREF_VALUE, value)
                .set(PERSON_PREFERENCE.UPDATED_AT, now)
                .where(PERSON_PREFERENCE.ACCOUNT_ID.eq(accountId).and(PERSON_PREFERENCE.NAME.eq(name)))
                .execute();
        if (updated == 0) {
            db.insertInto(PERSON_PREFERENCE)
                    .set(PERSON_PREFERENCE.ACCOUNT_ID, accountId)
                    .set(PERSON_PREFERENCE.NAME, name)
                    .set(PERSON_PREFERENCE.PREF_VALUE, value)
                    .set(PERSON_PREFERENCE.UPDATED_AT, now)
                    .execute();
        }
    }
}
