package app.casebook.account;

import app.casebook.base.Times;
import app.casebook.security.LoginAttemptStore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps login throttling's counters in the account table and its events in the audit log. */
@Component
class AccountLoginRecords implements LoginAttemptStore {

    private final AccountRepository accounts;
    private final AuditLog audit;

    AccountLoginRecords(AccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LoginState> find(String email) {
        return accounts.loginState(AccountService.normaliseEmail(email));
    }

    @Override
    @Transactional
    public Optional<LoginState> addFailure(String email) {
        String normalised = AccountService.normaliseEmail(email);
        if (!accounts.incrementFailedLogins(normalised)) {
            return Optional.empty();
        }
        return accounts.loginState(normalised);
    }

    @Override
    @Transactional
    public void lock(long accountId, Instant until) {
        accounts.lockUntil(accountId, Times.toUtc(until));
    }

    @Override
    @Transactional
    public void succeeded(long accountId, Instant at) {
        accounts.loginSucceeded(accountId, Times.toUtc(at));
    }

    @Override
    public void audit(String action, Long actorId, String target, String detail, String clientAddress) {
        audit.recordAlone(action, actorId, target, detail, clientAddress);
    }
}
