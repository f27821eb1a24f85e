package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.Times;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds accounts for services of other features that have already decided that they may: a valid
 * invitation, open sign-up, an administrator or the demo data. No permission check of its own; not for views.
 */
@Component
public class NewAccounts {

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

    /**
     * Creates an account. Validates every field ({@link AccountService#validateEmail}, {@code validateName},
     * {@code validatePassword}) and refuses an e-mail address that is taken, with {@link InvalidInputException}.
     * {@code how} is the audit log's line for it; {@code actorId} the administrator who made it, or null.
     */
    @Transactional
    public Account create(String email, String displayName, String password, SiteRole role, Long actorId, String how) {
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

    /** The account with this e-mail address (normalised first), if there is one. */
    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(AccountService.normaliseEmail(email));
    }
}
