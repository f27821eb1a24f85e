package app.casebook.account;

import static app.casebook.db.Tables.ACCOUNT;

import app.casebook.base.Times;
import app.casebook.security.LoginAttemptStore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    private SelectSelectStep<Record7<Long, String, String, SiteRole, Boolean, Instant, Instant>> selectAccount() {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.SITE_ROLE, ACCOUNT.ENABLED,
                ACCOUNT.LOCKED_UNTIL.convertFrom(Times::toInstant), ACCOUNT.CREATED_AT.convertFrom(Times::toInstant));
    }

    Optional<Account> findById(long id) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(Records.mapping(Account::new));
    }

    Optional<Account> findByEmail(String email) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email)).fetchOptional(Records.mapping(Account::new));
    }

    /** What the login needs to check a password and the account's state. */
    record Credentials(long id, String email, String displayName, String passwordHash, SiteRole siteRole,
                       boolean enabled, LocalDateTime lockedUntil) {
    }

    Optional<Credentials> findCredentials(String email) {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.PASSWORD_HASH, ACCOUNT.SITE_ROLE,
                        ACCOUNT.ENABLED, ACCOUNT.LOCKED_UNTIL)
                .from(ACCOUNT).where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(Records.mapping(Credentials::new));
    }

    List<Account> findAll(int offset, int limit) {
        return selectAccount().from(ACCOUNT).orderBy(ACCOUNT.EMAIL).offset(offset).limit(limit)
                .fetch(Records.mapping(Account::new));
    }

    int count() {
        return db.fetchCount(ACCOUNT);
    }

    long insert(String email, String displayName, String passwordHash, SiteRole role, LocalDateTime now) {
        return db.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, email)
                .set(ACCOUNT.DISPLAY_NAME, displayName)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.SITE_ROLE, role)
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
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    Optional<LoginAttemptStore.LoginState> loginState(String email) {
        return db.select(ACCOUNT.ID, ACCOUNT.FAILED_LOGINS, ACCOUNT.LOCKED_UNTIL.convertFrom(Times::toInstant)).from(ACCOUNT)
                .where(ACCOUNT.EMAIL.eq(email))
                .fetchOptional(Records.mapping(LoginAttemptStore.LoginState::new));
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

    /** Ends the lock after failed logins. */
    void unlock(long id) {
        db.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL)
                .set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void enable(long id) {
        db.update(ACCOUNT).set(ACCOUNT.ENABLED, true).set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void disable(long id) {
        db.update(ACCOUNT).set(ACCOUNT.ENABLED, false).set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    List<Account> findByIds(List<Long> ids) {
        return selectAccount().from(ACCOUNT).where(ACCOUNT.ID.in(ids)).fetch(Records.mapping(Account::new));
    }

    void updateName(long id, String displayName) {
        db.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, displayName).set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void updateEmail(long id, String email) {
        db.update(ACCOUNT).set(ACCOUNT.EMAIL, email).set(ACCOUNT.LOCK_VERSION, ACCOUNT.LOCK_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    /** Ends a lock-out and forgets failed logins, e.g. after the person chose a new password through a reset link. */
    void clearFailedLogins(long id) {
        db.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL).where(ACCOUNT.ID.eq(id)).execute();
    }
}
