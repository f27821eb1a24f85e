package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import jakarta.servlet.Filter;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a browser, or a forged cross-site request, meets at the HTTP level: Spring Security's filter chain of the
 * application, driven with MockMvc in the shared H2 context (no new context variant).
 */
@CasebookSpringTest
class HttpSecurityTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private Fixtures fixtures;
    @Autowired
    private app.casebook.account.AdminService admin;
    @Autowired
    private app.casebook.account.AccountService accounts;
    @Autowired
    private org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration
            authenticationConfiguration;

    private MockMvc http;

    @BeforeEach
    void setUp() {
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        // The security filters only: what they let through ends here, as Vaadin's servlet is not part of MockMvc.
        Filter end = (request, response, chain) -> {
        };
        http = MockMvcBuilders.webAppContextSetup(context).addFilters(security, end).build();
    }

    @AfterEach
    void logOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** Each request from its own client address, so that the login throttle of other tests never interferes. */
    private static String address() {
        return "2001:db8:c5::" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void login_csrf_a_login_post_without_the_token_of_the_login_page_is_refused_and_logs_nobody_in() throws Exception {
        Account mallory = fixtures.account("Mallory Forger");

        MvcResult result = http.perform(post("/login").with(r -> {
                    r.setRemoteAddr(address());
                    return r;
                }).param("username", mallory.email()).param("password", Fixtures.PASSWORD))
                .andReturn();

        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getRedirectedUrl()).as("back to a fresh login page, not logged in")
                .isEqualTo("/login?expired");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void not_found_an_unknown_address_reaches_the_app_for_a_logged_in_person_instead_of_a_bare_403()
            throws Exception {
        MockHttpSession session = login(fixtures.account("Nora Nowhere").email(), Fixtures.PASSWORD);
        long strangers = fixtures.importSeed(fixtures.account("Stella Stranger"));

        for (String address : new String[] {"/foo", "/case-studies/abc", "/case-studies/1e3", "/case-studies/1/extra",
                "/invitation", "/case-studies/" + strangers, "/case-studies/" + (strangers + 100_000)}) {
            MockHttpServletResponse response = http.perform(get(address).session(session)).andReturn().getResponse();
            // Let through to Vaadin, whose router answers with the "Not found" page and 404 (RouteNotFoundView,
            // NotFoundView; the first request renders the view: vaadin.eager-server-load). That 404 is checked on a
            // real server in HttpHardeningIT, and per view in EditorViewTest: Vaadin's servlet is not part of MockMvc.
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            assertThat(response.getRedirectedUrl()).as(address).isNull();
        }
        MockHttpServletResponse anonymous = http.perform(get("/foo")).andReturn().getResponse();
        assertThat(anonymous.getRedirectedUrl()).as("anonymous: to the login page").endsWith("/login");
    }

    @Test
    void login_csrf_a_login_post_with_the_token_of_the_login_page_logs_in() throws Exception {
        Account alice = fixtures.account("Alice Honest");
        MvcResult page = http.perform(get("/login")).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        String value = token.getToken();
        MockHttpSession session = (MockHttpSession) page.getRequest().getSession();

        MvcResult result = http.perform(post("/login").session(session).with(r -> {
                    r.setRemoteAddr(address());
                    return r;
                }).param("username", alice.email()).param("password", Fixtures.PASSWORD)
                .param(token.getParameterName(), value)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void security_headers_every_page_says_where_it_may_load_from_how_to_refer_and_not_to_be_stored() throws Exception {
        MockHttpServletResponse page = http.perform(get("/login")).andReturn().getResponse();

        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void session_ending_the_next_request_of_a_disabled_accounts_session_ends_it_and_shows_the_login_page()
            throws Exception {
        Account riley = fixtures.account("Riley Reviewer");
        MockHttpSession session = login(riley.email(), Fixtures.PASSWORD);
        MockHttpServletResponse before = http.perform(get("/login").session(session)).andReturn().getResponse();
        assertThat(before.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();

        Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.disable(riley.id()));

        MockHttpServletResponse after = http.perform(get("/login").session(session)).andReturn().getResponse();
        assertThat(after.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
    }

    /** Logs in through the login form's POST, with the token of the login page; the logged-in session. */
    MockHttpSession login(String email, String password) throws Exception {
        MvcResult page = http.perform(get("/login")).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        String value = token.getToken();
        MockHttpSession session = (MockHttpSession) page.getRequest().getSession();
        MvcResult result = http.perform(post("/login").session(session).with(r -> {
                    r.setRemoteAddr(address());
                    return r;
                }).param("username", email).param("password", password)
                .param(token.getParameterName(), value)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return session;
    }
    @Test
    void session_ending_changing_ones_own_password_ends_ones_other_sessions_but_not_this_one() {
        Account riley = fixtures.account("Riley Reviewer");
        Authentication laptop = authenticate(riley.email(), Fixtures.PASSWORD);
        Authentication phone = authenticate(riley.email(), Fixtures.PASSWORD);

        asAuthentication(laptop, () -> accounts.changePassword(Fixtures.PASSWORD, "a-new-password-42"));
        var laptopContext = org.springframework.security.core.context.SecurityContextHolder.getContext();

        CasebookUser onLaptop = (CasebookUser) org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication().getPrincipal();
        assertThat(onLaptop.sessionEpoch()).isGreaterThan(((CasebookUser) phone.getPrincipal()).sessionEpoch());
        asAuthentication(phone, () -> assertThatThrownBy(() -> accounts.me())
                .isInstanceOf(SessionEndedException.class));
        org.springframework.security.core.context.SecurityContextHolder.setContext(laptopContext);
        assertThat(accounts.me().id()).isEqualTo(riley.id());
    }


    private Authentication authenticate(String email, String password) {
        try {
            return authenticationConfiguration.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Runs {@code action} in the login {@code auth}, leaving that login in place afterwards. */
    private static void asAuthentication(Authentication auth, Runnable action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        action.run();
    }
}
