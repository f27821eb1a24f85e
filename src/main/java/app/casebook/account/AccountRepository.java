package app.casebook.account;

import static app.casebook.db.Tables.ACCOUNT;

import app.casebook.base.Times;
import app.casebook.db.tables.records.AccountRecord;
import app.casebook.security.LoginAttemptStore;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    private SelectSelectStep<Record7<Long, String, String, String, Boolean, LocalDateTime, LocalDateTime>> selectAccount() {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.SITE_ROLE, ACCOUNT.ENABLED,
                ACCOUNT.LOCKED_UNTIL, ACCOUNT.CREATED_AT);
    }

    private static Account toAccount(Record7<Long, String, String, String, Boolean, LocalDateTime, LocalDateTime> r) {
        return new Account(r.value1(), r.value2(), r.value3(), SiteRole.valueOf(r.value4()), r.value5(),
                Times.toInstant(r.value6()), Times.toInstant(r.value7()));
    }

    Optional<Account> findById(long id) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<Account> findByEmail(String email) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<AccountRecord> findRecordByEmail(String email) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOptional();
    }

    List<Account> findAll(int offset, int limit) {
        return selectAccount().from(ACCOUNT).orderBy(ACCOUNT.EMAIL).offset(offset).limit(limit)
                .fetch(AccountRepository::toAccount);
    }

    int count() {
        return db.fetchCount(ACCOUNT);
    }

    long insert(String email, String displayName, String passwordHash, SiteRole role, LocalDateTime now) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, email)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.SITE_ROLE, role.name())
                .set(ACCOUNT.ENABLED, true)
                .set(ACCOUNT.FAILED_LOGINS, 0)
                .set(ACCOUNT.CREATED_AT, now)
                .returningResult(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
    }

    Optional<String> passwordHash(long id) {
        return db.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(ACCOUNT.PASSWORD_HASH);
    }

    void updatePassword(long id, String passwordHash) {
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    Optional<LoginAttemptStore.LoginState> loginState(String email) {
        return db.select(ACCOUNT.ID, ACCOUNT.FAILED_LOGINS, ACCOUNT.LOCKED_UNTIL).from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(r -> new LoginAttemptStore.LoginState(r.value1(), r.value2(), Times.toInstant(r.value3())));
    }

    /** Adds one to the failure count in one statement, so that concurrent failures all count. */
    boolean incrementFailedLogins(String email) {
        return db.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, ACCOUNT.FAILED_LOGINS.plus(1))
                .where(ACCOUNT.EMAIL.eq(email)).execute() > 0;
    }

    void lockUntil(long id, LocalDateTime until) {
        db.update(ACCOUNT).set(ACCOUNT.LOCKED_UNTIL, until).where(ACCOUNT.ID.eq(id)).execute();
    }

    void loginSucceeded(long id, LocalDateTime now) {
        db.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL).set(ACCOUNT.LAST_LOGIN_AT, now)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    /** Ends every lock: the administrator's and the one after failed logins. */
    void unlock(long id) {
        db.update(ACCOUNT).set(ACCOUNT.ENABLED, true).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void disable(long id) {
        db.update(ACCOUNT).set(ACCOUNT.ENABLED, false).set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    List<Account> findByIds(List<Long> ids) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.ID.in(ids)).fetch(AccountRepository::toAccount);
    }
}
