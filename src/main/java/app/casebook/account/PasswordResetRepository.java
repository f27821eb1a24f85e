package app.casebook.account;

import static app.casebook.db.Tables.PASSWORD_RESET;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reset links, stored as hashes of their tokens. */
@Repository
class PasswordResetRepository {

    private final DSLContext db;

    PasswordResetRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long accountId, String tokenHash, LocalDateTime now, LocalDateTime expiresAt) {
        db.insertInto(PASSWORD_RESET)
                .set(PASSWORD_RESET.ACCOUNT_ID, accountId)
                .set(PASSWORD_RESET.TOKEN_HASH, tokenHash)
                .set(PASSWORD_RESET.CREATED_AT, now)
                .set(PASSWORD_RESET.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** Ends every unused link of an account (a newer one replaces them; a used one ends the others). */
    void endAll(long accountId, LocalDateTime now) {
        db.update(PASSWORD_RESET).set(PASSWORD_RESET.USED_AT, now)
                .where(PASSWORD_RESET.ACCOUNT_ID.eq(accountId)).and(PASSWORD_RESET.USED_AT.isNull())
                .execute();
    }

    /** The account of an unused, unexpired link, locked until the transaction ends. */
    Optional<Long> lockValid(String tokenHash, LocalDateTime now) {
        return db.select(PASSWORD_RESET.ACCOUNT_ID).from(PASSWORD_RESET)
                .where(PASSWORD_RESET.TOKEN_HASH.eq(tokenHash)).and(PASSWORD_RESET.USED_AT.isNull())
                .and(PASSWORD_RESET.EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional(PASSWORD_RESET.ACCOUNT_ID);
    }

    int countSince(long accountId, LocalDateTime since) {
        return db.fetchCount(PASSWORD_RESET, PASSWORD_RESET.ACCOUNT_ID.eq(accountId)
                .and(PASSWORD_RESET.CREATED_AT.gt(since)));
    }
}
