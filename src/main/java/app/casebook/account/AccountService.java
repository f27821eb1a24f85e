package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.security.CurrentUser;
import java.time.Clock;
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

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Normalises an e-mail address the way accounts are stored: trimmed and lower case. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account. Open to callers who already hold a right to create one (registration with a valid
     * invitation, open sign-up, an admin, the demo data); validates every field and refuses a taken e-mail.
     */
    @PreAuthorize("permitAll()")
    public Account create(String email, String displayName, String password, SiteRole role) {
        String normalised = normaliseEmail(email);
        validateEmail(normalised);
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("Enter your name.");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("A name can have at most " + MAX_NAME + " characters.");
        }
        validatePassword(password);
        if (accounts.findByEmail(normalised).isPresent()) {
            throw new InvalidInputException("An account with this e-mail address already exists.");
        }
        long id = accounts.insert(normalised, name, passwordEncoder.encode(password), role, Times.now(clock));
        return accounts.findById(id).orElseThrow();
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

    /** Changes the logged-in person's password; the current password must be given and be right. */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        long id = currentUser.id();
        String hash = accounts.passwordHash(id).orElseThrow(() -> new NotFoundException("Account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("The current password is not right.");
        }
        validatePassword(newPassword);
        accounts.updatePassword(id, passwordEncoder.encode(newPassword));
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

    static void validateEmail(String email) {
        if (email.isEmpty()) {
            throw new InvalidInputException("Enter an e-mail address.");
        }
        if (email.length() > MAX_EMAIL) {
            throw new InvalidInputException("An e-mail address can have at most " + MAX_EMAIL + " characters.");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("This does not look like an e-mail address.");
        }
    }

    static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("A password can have at most " + MAX_PASSWORD + " characters.");
        }
    }
}
