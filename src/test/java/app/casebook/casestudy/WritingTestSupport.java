package app.casebook.casestudy;

import static app.casebook.db.Tables.CASE_STUDY_MEMBER;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.security.CasebookUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Spring context, a mocked Vaadin UI and a few fixtures for the writing and history tests.
 *
 * <p>Written before the shared {@code base/KaribuTest} existed: the lead may switch these tests to it and delete this
 * class. Each test makes its own accounts (unique e-mails), so tests share one database without seeing each other.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:writing;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "casebook.demo-data=false"})
public abstract class WritingTestSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.casebook");

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected CaseStudyService caseStudies;
    @Autowired
    protected DSLContext db;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected Account newAccount(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@writing.test";
        return accounts.create(email, name, "a-long-password", SiteRole.USER);
    }

    /** Logs in for the services (Spring's SecurityContext) and for Vaadin's view access checks (the request). */
    protected void login(Account account) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(account.id(), account.email(), account.displayName(), "", true, true, authorities);
        var auth = new UsernamePasswordAuthenticationToken(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> "USER".equals(role) || "ROLE_USER".equals(role));
    }

    public static String seedText() {
        try (InputStream in = WritingTestSupport.class.getResourceAsStream("/demo/platform-scaling-for-hypergrowth.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports the seed as the logged-in person. */
    protected long importSeed() {
        return caseStudies.importText(seedText());
    }

    /** Adds a member directly (the invitation flow belongs to another feature). */
    protected void addMember(long caseStudyId, Account account, MemberRole role) {
        db.insertInto(CASE_STUDY_MEMBER)
                .set(CASE_STUDY_MEMBER.CASE_STUDY_ID, caseStudyId)
                .set(CASE_STUDY_MEMBER.ACCOUNT_ID, account.id())
                .set(CASE_STUDY_MEMBER.ROLE, role.name())
                .set(CASE_STUDY_MEMBER.ADDED_AT, LocalDateTime.now())
                .execute();
    }

    /**
     * Types a value into a field as the browser would send it (a client-side property change, so listeners see
     * {@code isFromClient()}). Karibu 2.6.2's {@code _setValue} does not work with Vaadin 25.2.
     */
    public static void type(Component field, String value) {
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", value).run();
        } catch (PropertyChangeDeniedException e) {
            throw new AssertionError("The field does not accept typing: " + e.getMessage(), e);
        }
    }

    protected Section section(long caseStudyId, String heading) {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.heading().equals(heading))
                .findFirst().orElseThrow();
    }
}
