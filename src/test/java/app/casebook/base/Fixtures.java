package app.casebook.base;

import static app.casebook.db.Tables.CASE_STUDY_MEMBER;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.security.CasebookUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test data built in code, through the services people use. Every account gets a new e-mail address, so tests
 * never see each other's data even though they share one database.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "fixture-password";
    public static final String SEED = "demo/platform-scaling-for-hypergrowth.txt";
    public static final String SEED_TITLE = "Platform Scaling for Hypergrowth";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final AccountService accounts;
    private final CaseStudyService caseStudies;
    private final DSLContext db;

    Fixtures(AccountService accounts, CaseStudyService caseStudies, DSLContext db) {
        this.accounts = accounts;
        this.caseStudies = caseStudies;
        this.db = db;
    }

    /** A new ordinary account; {@code name} is its display name and the start of its e-mail address. */
    public Account account(String name) {
        return create(name, SiteRole.USER);
    }

    public Account admin(String name) {
        return create(name, SiteRole.ADMIN);
    }

    private Account create(String name, SiteRole role) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String email = local + "-" + RUN + "-" + SEQUENCE.incrementAndGet() + "@casebook.test";
        return accounts.create(email, name, PASSWORD, role);
    }

    /** The seed document, as shipped with the application. */
    public static String seedText() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the seed into {@code owner}'s portfolio, as {@code owner} would; returns the case study id. */
    public long importSeed(Account owner) {
        return as(owner, () -> caseStudies.importText(seedText()));
    }

    /**
     * Makes {@code account} a member of a case study, written straight into the table: for tests about what members
     * may do, not about how they join (the invitation flow has tests of its own). No event is published.
     */
    public void addMember(long caseStudyId, Account account, MemberRole role) {
        db.insertInto(CASE_STUDY_MEMBER)
                .set(CASE_STUDY_MEMBER.CASE_STUDY_ID, caseStudyId)
                .set(CASE_STUDY_MEMBER.ACCOUNT_ID, account.id())
                .set(CASE_STUDY_MEMBER.ROLE, role)
                .set(CASE_STUDY_MEMBER.ADDED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    /** Runs {@code action} logged in as {@code account}, then puts back whoever was logged in before. */
    public static <T> T as(Account account, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(account));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(Account account, Runnable action) {
        as(account, () -> {
            action.run();
            return null;
        });
    }

    /** Logs {@code account} in for the services called from this thread, as the login form would. */
    public static void login(Account account) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(account));
        SecurityContextHolder.setContext(context);
    }

    /** What Spring Security holds after {@code account} logged in with the login form. */
    public static Authentication authentication(Account account) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.siteRole().name()));
        var user = new CasebookUser(account.id(), account.email(), account.displayName(), "", account.enabled(), true,
                authorities);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
