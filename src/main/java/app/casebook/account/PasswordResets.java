package app.casebook.account;

import app.casebook.base.InvalidInputException;
import app.casebook.base.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import app.casebook.security.AccountSessionsEnded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link, valid for {@link #VALID_FOR}, sent through the {@link PasswordResetMailer}.
 * The answer to a request never says whether an account exists. Tokens are 256 random bits; only their SHA-256 is
 * stored. Using a link sets the new password, ends every other link of the account and any lock-out after failed
 * logins. At most {@value #PER_HOUR} links per account and hour.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(1);
    static final int PER_HOUR = 3;
    public static final String PATH = "reset-password/";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String INVALID = "This link to choose a new password is no longer valid: it was used already "
            + "or is older than an hour. Ask for a new one.";

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final ObjectProvider<PasswordResetMailer> mailers;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;
    private final ApplicationEventPublisher events;

    PasswordResets(AccountRepository accounts, PasswordResetRepository resets, ObjectProvider<PasswordResetMailer> mailers,
                   PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
                   @Value("${casebook.base-url:}") String publicUrl, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.resets = resets;
        this.mailers = mailers;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Sends a reset link to {@code email} if an enabled account has it; does nothing visible otherwise. The link
     * starts with {@code casebook.base-url} ({@code CASEBOOK_URL}) when it is set, else with {@code requestBase} (the
     * address the browser used, ending in "/").
     */
    @Transactional
    public void requestReset(String email, String requestBase) {
        String normalised = AccountService.normaliseEmail(email);
        if (normalised.isEmpty() || normalised.length() > AccountService.MAX_EMAIL) {
            return;
        }
        Optional<Account> account = accounts.findByEmail(normalised).filter(Account::enabled);
        if (account.isEmpty()) {
            return;
        }
        long id = account.get().id();
        LocalDateTime now = Times.now(clock);
        if (resets.countSince(id, now.minusHours(1)) >= PER_HOUR) {
            audit.record("PASSWORD_RESET_THROTTLED", null, normalised, "Too many reset requests within an hour");
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        resets.endAll(id, now);
        resets.insert(id, hash(token), now, now.plus(VALID_FOR));
        audit.record("PASSWORD_RESET_REQUESTED", null, normalised, "Asked for a link to choose a new password");
        String base = publicUrl.isBlank() ? requestBase : publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        mailers.orderedStream().findFirst().orElseThrow().sendResetLink(normalised, account.get().displayName(), base + PATH + token, VALID_FOR);
    }

    /** Whether a link is still usable, to show the form or say it is not. */
    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return wellFormed(token) && resets.lockValid(hash(token), Times.now(clock)).isPresent();
    }

    /**
     * Sets a new password through a reset link (password rules as at registration) and ends the link. Refuses a used,
     * expired or unknown link with {@link #INVALID}.
     */
    @Transactional
    public void reset(String token, String newPassword) {
        LocalDateTime now = Times.now(clock);
        long id = (wellFormed(token) ? resets.lockValid(hash(token), now) : Optional.<Long>empty())
                .orElseThrow(() -> new InvalidInputException(INVALID));
        AccountService.validatePassword(newPassword);
        accounts.updatePassword(id, passwordEncoder.encode(newPassword));
        accounts.clearFailedLogins(id);
        accounts.mustChangePassword(id, false);
        // Whoever was logged in with the old password (perhaps the reason for the reset) is out, on every node.
        events.publishEvent(new AccountSessionsEnded(id, accounts.raiseSessionEpoch(id),
                AccountSessionsEnded.Reason.PASSWORD_RESET));
        resets.endAll(id, now);
        audit.record("PASSWORD_RESET", id, accounts.findById(id).map(Account::email).orElse(null),
                "Chose a new password through a reset link");
    }

    private static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
