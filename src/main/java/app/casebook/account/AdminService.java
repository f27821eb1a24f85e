package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.security.AccountSessionsEnded;
import app.casebook.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts and site settings. Administrators only; none of it opens a case study to them:
 * access to case studies comes from membership alone.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AdminService {

    public static final int MAX_PAGE = 200;
    static final int TEMPORARY_PASSWORD_LENGTH = 16;
    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AuditRepository auditRows;
    private final AuditLog audit;
    private final SettingRepository settings;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AdminService(AccountRepository accounts, AuditRepository auditRows, AuditLog audit, SettingRepository settings,
                 PasswordEncoder passwordEncoder, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.auditRows = auditRows;
        this.audit = audit;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** A page of all accounts, ordered by e-mail address. */
    @Transactional(readOnly = true)
    public List<Account> accounts(int offset, int limit) {
        return accounts.findAll(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public int countAccounts() {
        return accounts.count();
    }

    /**
     * Disables an account: its open sessions end within a few seconds, on every node, and it can no longer log in
     * until an administrator enables it again ("disabled" is the
     * administrator's block; "locked" is the short lock after failed logins). An administrator cannot disable their
     * own account ({@link InvalidInputException}).
     */
    public void disable(long accountId) {
        Account account = find(accountId);
        if (accountId == currentUser.id()) {
            throw new InvalidInputException("You cannot disable your own account.");
        }
        accounts.disable(accountId);
        endSessions(accountId, AccountSessionsEnded.Reason.DISABLED);
        audit.record("ACCOUNT_DISABLED", currentUser.id(), account.email(), "Disabled by an administrator");
    }

    /** Enables a disabled account again. */
    public void enable(long accountId) {
        Account account = find(accountId);
        accounts.enable(accountId);
        audit.record("ACCOUNT_ENABLED", currentUser.id(), account.email(), "Enabled by an administrator");
    }

    /** Ends the lock after repeated failed logins (see {@code LoginThrottle}) before it runs out by itself. */
    public void unlock(long accountId) {
        Account account = find(accountId);
        accounts.unlock(accountId);
        audit.record("ACCOUNT_UNLOCKED", currentUser.id(), account.email(), "Unlocked by an administrator");
    }

    /**
     * Gives an account a new random password and returns it, to be shown once to the administrator and passed on to
     * the person, who must change it at their next login. It is stored only as a hash. The account's open sessions
     * end (whoever knew the old password is out).
     */
    public String resetPassword(long accountId) {
        Account account = find(accountId);
        String password = temporaryPassword();
        accounts.updatePassword(accountId, passwordEncoder.encode(password));
        accounts.mustChangePassword(accountId, true);
        endSessions(accountId, AccountSessionsEnded.Reason.PASSWORD_RESET);
        audit.record("PASSWORD_RESET", currentUser.id(), account.email(), "Password reset by an administrator");
        return password;
    }

    /** Switches open sign-up at /register on or off. */
    public void setOpenSignUp(boolean open) {
        settings.put(SettingRepository.OPEN_SIGN_UP, Boolean.toString(open));
        audit.record("OPEN_SIGN_UP", currentUser.id(), null, open ? "Open sign-up switched on" : "Open sign-up switched off");
    }

    /** A page of the audit log, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> auditLog(int offset, int limit) {
        return auditRows.page(Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public int countAuditLog() {
        return auditRows.count();
    }

    /** Raises the account's session epoch: its sessions end, on every node (see {@code SessionGuard}). */
    private void endSessions(long accountId, AccountSessionsEnded.Reason reason) {
        int epoch = accounts.raiseSessionEpoch(accountId);
        events.publishEvent(new AccountSessionsEnded(accountId, epoch, reason));
    }

    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder(TEMPORARY_PASSWORD_LENGTH);
        for (int i = 0; i < TEMPORARY_PASSWORD_LENGTH; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
    }
}
