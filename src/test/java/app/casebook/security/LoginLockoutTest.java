package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.account.AdminService;
import app.casebook.account.AuditEntry;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's authentication, as Spring Security runs it for a POST to /login: throttling before the password
 * check, the counting through authentication events, the audit log and the administrator's unlock.
 */
@CasebookSpringTest
class LoginLockoutTest {

    @Autowired
    private Fixtures fixtures;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    private AdminService admin;

    /** Each test logs in from its own address, so that the per-address limit of one test never touches another. */
    private final String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4) + ":"
            + UUID.randomUUID().toString().substring(0, 4);

    @Test
    void five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused_until_an_admin_unlocks_it()
            throws Exception {
        Account lena = fixtures.account("Lena Lockout");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(lena.email(), "wrong-password"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login(lena.email(), Fixtures.PASSWORD))
                .isInstanceOf(LoginThrottledException.class);

        Account ada = fixtures.admin("Ada Admin");
        Fixtures.as(ada, () -> admin.unlock(lena.id()));
        Authentication ok = login(lena.email(), Fixtures.PASSWORD);
        assertThat(((CasebookUser) ok.getPrincipal()).accountId()).isEqualTo(lena.id());

        List<String> audit = Fixtures.as(ada, () -> admin.auditLog(0, 200)).stream()
                .filter(e -> lena.email().equals(e.target())).map(AuditEntry::action).toList();
        assertThat(audit).contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED", "ACCOUNT_UNLOCKED", "LOGIN");
    }

    @Test
    void a_successful_login_starts_the_count_again_from_zero() throws Exception {
        Account sam = fixtures.account("Sam Success");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(sam.email(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        login(sam.email(), Fixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(sam.email(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(login(sam.email(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_wrong_password_for_an_account_locked_by_an_admin_says_only_wrong_password() {
        Account lou = fixtures.account("Lou Locked");
        Fixtures.as(fixtures.admin("Ada Admin"), () -> admin.disable(lou.id()));

        assertThatThrownBy(() -> login(lou.email(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(lou.email(), Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void an_unknown_e_mail_address_fails_like_a_wrong_password_and_is_locked_like_an_account() {
        String nobody = "nobody-" + UUID.randomUUID() + "@casebook.test";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(nobody, "whatever-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(nobody, "whatever-password")).isInstanceOf(LoginThrottledException.class);
    }

    private Authentication login(String email, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }
}
