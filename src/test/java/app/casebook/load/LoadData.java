package app.casebook.load;

import app.casebook.Application;
import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Section;
import app.casebook.security.CasebookUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people of the load test, made once per database through the application's own services (a Spring context
 * of the application, profile {@code mysql}, its web server on a free loopback port): {@code load-0001@casebook.test} … with the password
 * {@link #PASSWORD}, in groups of {@code perCaseStudy}: the first of a group owns a copy of the seed case study
 * (imported as people do), the others are its editors (membership row written as an accepted invitation writes
 * it). Each person types in a section of their own. Runs again without effect when the people exist already.
 */
final class LoadData {

    static final String PASSWORD = "load-test-password";

    /** One simulated person: who, which case study, which section they type in. */
    record Person(String email, long caseStudyId, long sectionId) {
        Map<String, Object> asFeed() {
            return Map.of("email", email, "caseStudyId", caseStudyId, "sectionId", sectionId);
        }
    }

    private LoadData() {
    }

    static String email(int n) {
        return String.format("load-%04d@casebook.test", n);
    }

    /**
     * The first {@code people} people; when some of the first {@code seed} ({@code >= people}) are missing, all
     * {@code seed} are made through the application's services first.
     */
    static List<Person> ensure(String jdbcUrl, String user, String password, int people, int seed, int perCaseStudy)
            throws IOException, SQLException {
        List<Person> existing = existing(jdbcUrl, user, password, people, perCaseStudy);
        if (existing != null) {
            System.out.printf("[load] %d people found in the database%n", existing.size());
            return existing;
        }
        return make(jdbcUrl, user, password, Math.max(people, seed), perCaseStudy).subList(0, people);
    }

    /** The people as they are in the database, read with plain JDBC; null when one of them is missing. */
    private static List<Person> existing(String jdbcUrl, String user, String password, int people, int perCaseStudy)
            throws SQLException {
        List<Person> result = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, user, password)) {
            for (int first = 1; first <= people; first += perCaseStudy) {
                Long ownerId = accountId(c, email(first));
                long caseStudyId = ownerId == null ? -1 : ownedCaseStudy(c, ownerId);
                if (caseStudyId < 0) {
                    return null;
                }
                List<Long> sections = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select id from section where case_study_id = ? "
                        + "and deleted_at is null order by position")) {
                    ps.setLong(1, caseStudyId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sections.add(rs.getLong(1));
                        }
                    }
                }
                for (int i = 0; i < perCaseStudy && first + i <= people; i++) {
                    Long id = accountId(c, email(first + i));
                    if (id == null || !isMember(c, caseStudyId, id) || sections.isEmpty()) {
                        return null;
                    }
                    result.add(new Person(email(first + i), caseStudyId, sections.get(i % sections.size())));
                }
            }
        } catch (SQLException e) {
            return null;
        }
        return result;
    }

    private static boolean isMember(Connection c, long caseStudyId, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from case_study_member where case_study_id = ? and account_id = ?")) {
            ps.setLong(1, caseStudyId);
            ps.setLong(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<Person> make(String jdbcUrl, String user, String password, int people, int perCaseStudy)
            throws IOException, SQLException {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                // A web context (Vaadin's security configuration needs one), on a free loopback port, used by nobody.
                .web(WebApplicationType.SERVLET)
                .profiles("mysql")
                .run("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--casebook.demo-data=false",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off",
                        "--server.port=0", "--server.address=127.0.0.1")) {
            AccountService accounts = context.getBean(AccountService.class);
            CaseStudyService caseStudies = context.getBean(CaseStudyService.class);
            DataSource dataSource = context.getBean(DataSource.class);
            String seed;
            try (InputStream in = new ClassPathResource("demo/platform-scaling-for-hypergrowth.txt").getInputStream()) {
                seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<Person> result = new ArrayList<>();
            long started = System.nanoTime();
            for (int first = 1; first <= people; first += perCaseStudy) {
                Account owner = account(accounts, dataSource, first);
                long caseStudyId;
                try (Connection c = dataSource.getConnection()) {
                    caseStudyId = ownedCaseStudy(c, owner.id());
                }
                if (caseStudyId < 0) {
                    as(owner);
                    try {
                        caseStudyId = caseStudies.importText(seed);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
                as(owner);
                List<Section> sections;
                try {
                    sections = caseStudies.get(caseStudyId).sections();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                for (int i = 0; i < perCaseStudy && first + i <= people; i++) {
                    Account person = i == 0 ? owner : account(accounts, dataSource, first + i);
                    if (i > 0) {
                        addEditor(dataSource, caseStudyId, person.id(), owner.id());
                    }
                    result.add(new Person(person.email(), caseStudyId, sections.get(i % sections.size()).id()));
                }
            }
            System.out.printf("[load] %d people in %d case studies ready (%d s)%n", result.size(),
                    (people + perCaseStudy - 1) / perCaseStudy, (System.nanoTime() - started) / 1_000_000_000L);
            return result;
        }
    }

    private static Account account(AccountService accounts, DataSource dataSource, int n) throws SQLException {
        String email = email(n);
        Long id;
        try (Connection c = dataSource.getConnection()) {
            id = accountId(c, email);
        }
        if (id == null) {
            return accounts.create(email, String.format("Load Person %04d", n), PASSWORD, SiteRole.USER);
        }
        return new Account(id, email, String.format("Load Person %04d", n), SiteRole.USER, true, null, null);
    }

    private static Long accountId(Connection c, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from account where email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long ownedCaseStudy(Connection c, long ownerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select case_study_id from case_study_member "
                     + "where account_id = ? and role = 'OWNER' order by case_study_id limit 1")) {
            ps.setLong(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static void addEditor(DataSource dataSource, long caseStudyId, long accountId, long addedBy)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert ignore into case_study_member "
                     + "(case_study_id, account_id, role, added_at, added_by) values (?, ?, 'EDITOR', ?, ?)")) {
            ps.setLong(1, caseStudyId);
            ps.setLong(2, accountId);
            ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            ps.setLong(4, addedBy);
            ps.executeUpdate();
        }
    }

    private static void as(Account account) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(account.id(), account.email(), account.displayName(), "", true, true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
