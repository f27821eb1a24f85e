package app.casebook;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.security.CasebookUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the very first start of an empty database: the demo accounts of the README and the seed case study, imported
 * by the same importer people use.
 */
@Component
@ConditionalOnProperty(name = "casebook.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "casebook-demo";
    static final String CANDIDATE = "candidate@casebook.test";
    static final String SEED = "demo/platform-scaling-for-hypergrowth.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final CaseStudyService caseStudies;

    DemoData(AccountService accounts, CaseStudyService caseStudies) {
        this.accounts = accounts;
        this.caseStudies = caseStudies;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.anyAccountExists()) {
            return;
        }
        Account candidate = accounts.create(CANDIDATE, "Casey Candidate", PASSWORD, SiteRole.USER);
        accounts.create("reviewer1@casebook.test", "Riley Reviewer", PASSWORD, SiteRole.USER);
        accounts.create("reviewer2@casebook.test", "Robin Reviewer", PASSWORD, SiteRole.USER);
        accounts.create("admin@casebook.test", "Ada Admin", PASSWORD, SiteRole.ADMIN);
        var auth = new UsernamePasswordAuthenticationToken(
                new CasebookUser(candidate.id(), candidate.email(), candidate.displayName(), "", true, true,
                        List.of(new SimpleGrantedAuthority("ROLE_USER"))), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            caseStudies.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            SecurityContextHolder.clearContext();
        }
        // Never a password in the log, not even the demo one (README.md has it).
        log.info("Demo data loaded: log in as {} with the demo password of README.md", CANDIDATE);
    }
}
