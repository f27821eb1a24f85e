package app.casebook.account;

import static app.casebook.db.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Site-wide settings an administrator changes at run time (table app_setting). */
@Repository
class SettingRepository {

    static final String OPEN_SIGN_UP = "open-sign-up";

    private final DSLContext db;

    SettingRepository(DSLContext db) {
        this.db = db;
    }

    Optional<String> get(String name) {
        return db.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    void put(String name, String value) {
        int updated = db.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .where(APP_SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            db.insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.SETTING_VALUE, value).execute();
        }
    }

    boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
