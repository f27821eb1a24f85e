package app.casebook.bench;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.security.CasebookUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as it runs in production: the {@code mysql} profile (Connector/J, HikariCP with the profile's
 * pool) on the local MariaDB, database {@code casebook_bench}, emptied (Flyway clean) and migrated once when the
 * context starts. Every benchmark on the database extends this class, so they share one context in one run.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${BENCH_DB_URL:jdbc:mysql://127.0.0.1:3306/casebook_bench?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&queryInterceptors=app.casebook.bench.StatementCounter}",
        "spring.datasource.username=${BENCH_DB_USER:root}",
        "spring.datasource.password=${BENCH_DB_PASSWORD:}",
        "spring.flyway.clean-disabled=false",
        "casebook.demo-data=false"})
@ActiveProfiles("mysql")
@Import(MariaDbBenchmark.CleanDatabase.class)
abstract class MariaDbBenchmark {

    static final String PASSWORD = "benchmark-password";

    @Autowired
    protected AccountService accounts;
    @Autowired
    protected CaseStudyService caseStudies;
    @Autowired
    protected DataSource dataSource;

    /** Starts every run from an empty schema: only for the benchmark database. */
    @TestConfiguration
    static class CleanDatabase {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    protected Account newAccount(String name) {
        return accounts.create(name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@bench.test", name,
                PASSWORD, SiteRole.USER);
    }

    protected static void loginAs(Account account) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(account.id(), account.email(), account.displayName(), "", true, true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    protected static void logout() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Makes {@code account} a member of a case study. There is no invitation flow on this branch yet, so the row is
     * written directly, as the invitation will write it.
     */
    protected void addMember(long caseStudyId, Account account, String role, Account addedBy) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into case_study_member "
                     + "(case_study_id, account_id, role, added_at, added_by) values (?, ?, ?, ?, ?)")) {
            ps.setLong(1, caseStudyId);
            ps.setLong(2, account.id());
            ps.setString(3, role);
            ps.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
            ps.setLong(5, addedBy.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
