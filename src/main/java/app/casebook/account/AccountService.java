package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.security.AccountSessionsEnded;
import app.casebook.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: who can log in, with which password and site role. */
@Service
@Transactional
public class AccountService {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_NAME = 100;
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static final String SIGN_UP_CLOSED = "Sign-up is by invitation. Ask someone who uses Casebook to invite you.";

    private final AccountRepository accounts;
    private final NewAccounts newAccounts;
    private final SettingRepository settings;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountService(AccountRepository accounts, NewAccounts newAccounts, SettingRepository settings,
                   PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.newAccounts = newAccounts;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Normalises an e-mail address the way accounts are stored: trimmed and lower case. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account. Open to callers who already hold a right to create one (registration with a valid
     * invitation, open sign-up, an admin, the demo data); validates every field and refuses a taken e-mail.
     * No view calls it: people register through {@link #register} or an invitation.
     */
    @PreAuthorize("permitAll()")
    public Account create(String email, String displayName, String password, SiteRole role) {
        return newAccounts.create(email, displayName, password, role, currentUser.get().map(u -> u.accountId())
                .orElse(null), "Created with site role " + role);
    }

    /** Whether anybody may create an account at /register, without an invitation. An administrator decides. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean openSignUp() {
        return settings.flag(SettingRepository.OPEN_SIGN_UP);
    }

    /**
     * Open sign-up: creates an ordinary account for anybody while an administrator allows it, otherwise refuses with
     * "Sign-up is by invitation". Every field is validated; a taken e-mail address is refused.
     */
    @PreAuthorize("permitAll()")
    public Account register(String email, String displayName, String password) {
        if (!openSignUp()) {
            throw new InvalidInputException(SIGN_UP_CLOSED);
        }
        return newAccounts.create(email, displayName, password, SiteRole.USER, null, "Signed up");
    }

    /** The logged-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Account me() {
        return accounts.findById(currentUser.id()).orElseThrow(() -> new NotFoundException("Account"));
    }

    /** Any logged-in person may look up an account by e-mail, e.g. to invite it; it reveals only the name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(normaliseEmail(email));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Account> findByIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findByIds(ids);
    }

    /**
     * Changes the logged-in person's password; the current password must be given and be right, and the new one
     * must differ from it and follow the password rules. Every other session of the account ends (OWASP ASVS 7.4.3);
     * this one goes on. A temporary password set by an administrator is no longer asked to be changed.
     */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        long id = currentUser.id();
        String hash = accounts.passwordHash(id).orElseThrow(() -> new NotFoundException("Account"));
        if (currentPassword == null || currentPassword.length() > MAX_PASSWORD
                || !passwordEncoder.matches(currentPassword, hash)) {
            audit.recordAlone("PASSWORD_CHANGE_FAILED", id, currentUser.require().email(),
                    "The current password was not right", null);
            throw new InvalidInputException("The current password is not right.");
        }
        validatePassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("The new password must differ from the current one.");
        }
        String email = currentUser.require().email();
        accounts.updatePassword(id, passwordEncoder.encode(newPassword));
        accounts.mustChangePassword(id, false);
        int epoch = accounts.raiseSessionEpoch(id);
        currentUser.keepThisSession(epoch, false);
        events.publishEvent(new AccountSessionsEnded(id, epoch, AccountSessionsEnded.Reason.PASSWORD_CHANGED));
        audit.record("PASSWORD_CHANGED", id, email, "Changed own password; the account's other sessions ended");
    }

    /**
     * Changes the logged-in person's display name; the same rules as at registration (1–100 visible characters).
     * Their current session shows the new name from then on (the principal is renewed after the commit).
     */
    @PreAuthorize("isAuthenticated()")
    public void changeName(String displayName) {
        String name = validateName(displayName);
        long id = currentUser.id();
        accounts.updateName(id, name);
        audit.record("NAME_CHANGED", id, currentUser.require().email(), "Changed own name");
        currentUser.profileChanged(currentUser.require().email(), name);
    }

    /**
     * Changes the logged-in person's e-mail address, which is also what they log in with. Confirmed by the current
     * password; refuses an address another account uses. From the next login on, only the new address works; the
     * current session shows it at once.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeEmail(String newEmail, String password) {
        long id = currentUser.id();
        String hash = accounts.passwordHash(id).orElseThrow(() -> new NotFoundException("Account"));
        if (password == null || password.length() > MAX_PASSWORD || !passwordEncoder.matches(password, hash)) {
            audit.recordAlone("EMAIL_CHANGE_FAILED", id, currentUser.require().email(),
                    "The password was not right", null);
            throw new InvalidInputException("The password is not right.");
        }
        String email = normaliseEmail(newEmail);
        validateEmail(email);
        Optional<Account> other = accounts.findByEmail(email);
        if (other.isPresent()) {
            if (other.get().id() == id) {
                return;
            }
            throw new InvalidInputException("Another account already uses this e-mail address.");
        }
        String old = accounts.findById(id).map(Account::email).orElse("");
        accounts.updateEmail(id, email);
        audit.record("EMAIL_CHANGED", id, email, "Changed own e-mail address (was " + old + ")");
        currentUser.profileChanged(email, currentUser.require().displayName());
    }

    /** Only administrators list accounts. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> list(int offset, int limit) {
        return accounts.findAll(offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return accounts.count();
    }

    /** Whether any account exists: used once at start-up to decide whether to load demo data. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    public static void validateEmail(String email) {
        if (email.isEmpty()) {
            throw new InvalidInputException("Enter an e-mail address.");
        }
        if (email.length() > MAX_EMAIL) {
            throw new InvalidInputException("An e-mail address can have at most " + MAX_EMAIL
                    + " characters; this one has " + email.length() + ".");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("This does not look like an e-mail address.");
        }
    }

    static String validateName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (app.casebook.base.text.Visible.isEmpty(name)) {
            throw new InvalidInputException("Enter your name.");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("A name can have at most " + MAX_NAME + " characters; this one has "
                    + name.length() + ".");
        }
        return name;
    }

    static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("A password can have at most " + MAX_PASSWORD + " characters.");
        }
        if (app.casebook.base.text.Visible.isEmpty(password)) {
            throw new InvalidInputException("A password cannot be only spaces.");
        }
    }
}
