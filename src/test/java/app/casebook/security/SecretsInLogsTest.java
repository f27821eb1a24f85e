package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.AdminService;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.membership.InvitationService;
import app.casebook.membership.NewInvitation;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 9, "secrets stay out of logs": every log line written while invitations are made, opened, accepted and used
 * to register, an administrator resets a password, and people log in (rightly and wrongly) and change their password,
 * with Casebook's own loggers at DEBUG. No bearer credential may appear in any of them: invitation tokens and links,
 * passwords (chosen, temporary, wrong), session ids.
 */
@CasebookSpringTest
class SecretsInLogsTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private CaseStudyService caseStudies;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private AdminService admin;
    @Autowired
    private AccountService accounts;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private ch.qos.logback.classic.Logger root;
    private ch.qos.logback.classic.Logger casebook;
    private Level casebookLevel;
    private MockMvc http;

    @BeforeEach
    void capture() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        casebook = logback.getLogger("app.casebook");
        casebookLevel = casebook.getLevel();
        casebook.setLevel(Level.DEBUG);
        captured.setContext(logback);
        captured.start();
        root.addAppender(captured);
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        Filter end = (request, response, chain) -> {
        };
        http = MockMvcBuilders.webAppContextSetup(context).addFilters(security, end).build();
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        casebook.setLevel(casebookLevel);
        SecurityContextHolder.clearContext();
    }

    @Test
    void secrets_in_logs_no_token_link_password_or_session_id_is_logged_in_the_invitation_reset_and_login_flows()
            throws Exception {
        List<String> secrets = new ArrayList<>();
        Account owner = fixtures.account("Olive Owner");
        Account existing = fixtures.account("Erin Existing");
        long id = Fixtures.as(owner, () -> caseStudies.importText(Fixtures.seedText()));

        // Invitations: made, opened, used to register, accepted by an existing account, a wrong token tried.
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@casebook.test";
        NewInvitation first = Fixtures.as(owner, () -> invitations.invite(id, newcomer, MemberRole.EDITOR));
        NewInvitation second = Fixtures.as(owner, () -> invitations.invite(id, existing.email(), MemberRole.REVIEWER));
        secrets.add(first.token());
        secrets.add(second.token());
        secrets.add(first.path());
        SecurityContextHolder.clearContext();
        assertThat(invitations.open(first.token())).isPresent();
        invitations.open("x".repeat(43));
        String chosen = "newcomer-password-" + UUID.randomUUID();
        secrets.add(chosen);
        invitations.register(first.token(), "Nell Newcomer", newcomer, chosen);
        Fixtures.as(existing, () -> invitations.accept(second.token()));

        // An administrator's reset, then logins with the temporary password, a wrong one, and the new one.
        String temporary = Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.resetPassword(existing.id()));
        secrets.add(temporary);
        String wrong = "not-the-password-" + UUID.randomUUID();
        secrets.add(wrong);
        assertThat(loginPost(existing.email(), wrong).getRequest().getSession().getId()).isNotNull();
        MvcResult login = loginPost(existing.email(), temporary);
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        // (MockMvc's session ids are "1", "2"…, too short to look for; real ones never reach our log statements.)
        String renewed = "renewed-password-" + UUID.randomUUID();
        secrets.add(renewed);
        // The reset ended the fixture's session; the person's own change happens in the session of their login.
        SecurityContextHolder.setContext((org.springframework.security.core.context.SecurityContext) session
                .getAttribute("SPRING_SECURITY_CONTEXT"));
        accounts.changePassword(temporary, renewed);
        loginPost(newcomer, chosen);

        String log = text();
        assertThat(log).as("the capture works: the invitations are logged by id").contains("Invitation ");
        for (String secret : secrets) {
            assertThat(log).as("a secret in the log").doesNotContain(secret);
        }
    }

    private MvcResult loginPost(String email, String password) throws Exception {
        MvcResult page = http.perform(get("/login")).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        String value = token.getToken();
        MockHttpSession session = (MockHttpSession) page.getRequest().getSession();
        return http.perform(post("/login").session(session).with(r -> {
                    r.setRemoteAddr("2001:db8:5e::" + UUID.randomUUID().toString().substring(0, 4));
                    return r;
                }).param("username", email).param("password", password)
                .param(token.getParameterName(), value)).andReturn();
    }

    private String text() {
        StringBuilder all = new StringBuilder();
        for (ILoggingEvent event : captured.list) {
            all.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append(' ')
                    .append(event.getMDCPropertyMap()).append('\n');
            if (event.getThrowableProxy() != null) {
                all.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return all.toString();
    }
}
