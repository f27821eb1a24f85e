package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.Times;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts after the caller has decided that it may: a valid invitation, open sign-up, an administrator or
 * the demo data. Validates every field and refuses an e-mail address that is taken.
 */
@Component
class NewAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    NewAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    Account create(String email, String displayName, String password, SiteRole role, Long actorId, String how) {
        String normalised = AccountService.normaliseEmail(email);
        AccountService.validateEmail(normalised);
        String name = AccountService.validateName(displayName);
        AccountService.validatePassword(password);
        if (accounts.findByEmail(normalised).isPresent()) {
            throw new InvalidInputException("An account with this e-mail address already exists.");
        }
        long id = accounts.insert(normalised, name, passwordEncoder.encode(password), role, Times.now(clock));
        audit.record("ACCOUNT_CREATED", actorId == null ? id : actorId, normalised, how);
        return accounts.findById(id).orElseThrow();
    }
}
