package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.AdminService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.ui.EditorView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/**
 * Issue 9, "nobody keeps access they lost": an administrator's lock or password reset ends the account's open
 * sessions, and the service layer refuses their work at once; a person's own password change ends their other
 * sessions; a temporary password must be changed at the next login. (The HTTP side, a request of an ended session,
 * is in {@link HttpSecurityTest}.)
 */
class SessionEndingTest extends KaribuTest {

    @Autowired
    private AdminService admin;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Test
    void session_ending_a_disabled_account_can_save_nothing_more_in_the_session_it_had_open() {
        Account owner = newAccount("Olive Owner");
        Account riley = newAccount("Riley Reviewer");
        long id = Fixtures.as(owner, this::importSeed);
        addMember(id, riley, MemberRole.EDITOR);
        Fixtures.login(riley);
        caseStudies.updateHeader(id, HeaderField.HEADLINE, "Before the lock");

        Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.disable(riley.id()));

        assertThatThrownBy(() -> caseStudies.updateHeader(id, HeaderField.HEADLINE, "After the lock"))
                .isInstanceOf(SessionEndedException.class);
        assertThatThrownBy(() -> caseStudies.get(id)).isInstanceOf(SessionEndedException.class);
        assertThat(Fixtures.as(owner, () -> caseStudies.get(id)).caseStudy().headline()).isEqualTo("Before the lock");
    }

    @Test
    void session_ending_the_open_editor_of_a_disabled_account_is_sent_to_the_login_page() throws Exception {
        Account owner = newAccount("Olive Owner");
        Account riley = newAccount("Riley Reviewer");
        long id = Fixtures.as(owner, this::importSeed);
        addMember(id, riley, MemberRole.REVIEWER);
        login(riley);
        // Where the login form keeps the login: in the HTTP session.
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                org.springframework.security.core.context.SecurityContextHolder.getContext());
        navigate(EditorView.path(id));
        UI ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();

        // The administrator works in a request of their own (another thread, no window of Riley's current there).
        Account ada = fixtures.admin("Ada Admin");
        java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()
                .submit(() -> Fixtures.as(ada, () -> admin.disable(riley.id()))).get();
        MockVaadin.runUIQueue(true);

        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations()).anySatisfy(js ->
                assertThat(js.getInvocation().getParameters()).contains("login?ended"));
    }

    @Test
    void session_ending_an_admin_password_reset_ends_the_session_and_the_temporary_password_must_be_changed_first() {
        Account riley = newAccount("Riley Reviewer");
        Fixtures.login(riley);
        assertThat(accounts.me().id()).isEqualTo(riley.id());

        String temporary = Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.resetPassword(riley.id()));

        assertThatThrownBy(() -> accounts.me()).isInstanceOf(SessionEndedException.class);
        Authentication again = authenticate(riley.email(), temporary);
        CasebookUser user = (CasebookUser) again.getPrincipal();
        assertThat(user.mustChangePassword()).isTrue();
        navigateAs(again, "");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(app.casebook.account.ui.AccountView.class);

        accounts.changePassword(temporary, "my-own-new-password");

        assertThat(authenticate(riley.email(), "my-own-new-password").getPrincipal())
                .extracting(p -> ((CasebookUser) p).mustChangePassword()).isEqualTo(false);
        // This session goes on, with the new password and nothing more to change.
        assertThat(accounts.me().id()).isEqualTo(riley.id());
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(app.casebook.casestudy.ui.DashboardView.class);
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

    private void navigateAs(Authentication auth, String location) {
        asAuthentication(auth, () -> {
        });
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest
                .getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        navigate(location);
    }
}
