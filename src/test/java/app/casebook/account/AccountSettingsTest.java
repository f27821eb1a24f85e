package app.casebook.account;

import static app.casebook.base.Fixtures.as;
import static app.casebook.db.Tables.PASSWORD_RESET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person's own account: name, e-mail address, and a new password through a reset link. */
@CasebookSpringTest
class AccountSettingsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ConfigurableApplicationContext context;

    /** A mailer in place of the logging one, for this test only: it keeps the links it was given. */
    static final class Outbox implements PasswordResetMailer, Ordered {
        final List<String> links = new ArrayList<>();

        @Override
        public void sendResetLink(String email, String displayName, String link, Duration validFor) {
            links.add(link);
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }

    final Outbox outbox = new Outbox();

    @BeforeEach
    void useOutbox() {
        context.getBeanFactory().registerSingleton("testOutbox", outbox);
    }

    @AfterEach
    void removeOutbox() {
        ((DefaultListableBeanFactory) context.getBeanFactory()).destroySingleton("testOutbox");
    }

    @Test
    void a_person_changes_their_name_but_not_to_an_invisible_one() {
        Account ada = fixtures.account("Ada Before");

        as(ada, () -> accounts.changeName("  Ada After "));
        assertThat(as(ada, () -> accounts.me()).displayName()).isEqualTo("Ada After");

        assertThatThrownBy(() -> as(ada, () -> accounts.changeName("\u200B\u200D\uFEFF ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Enter your name.");
        assertThatThrownBy(() -> as(ada, () -> accounts.changeName("x".repeat(101))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 100");
    }

    @Test
    void changing_the_e_mail_address_needs_the_password_and_a_free_address() {
        Account ada = fixtures.account("Ada Mail");
        Account other = fixtures.account("Other Mail");

        assertThatThrownBy(() -> as(ada, () -> accounts.changeEmail("new-" + ada.email(), "wrong password")))
                .isInstanceOf(InvalidInputException.class).hasMessage("The password is not right.");
        assertThatThrownBy(() -> as(ada, () -> accounts.changeEmail(other.email(), Fixtures.PASSWORD)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Another account");

        as(ada, () -> accounts.changeEmail("NEW-" + ada.email(), Fixtures.PASSWORD));

        assertThat(as(ada, () -> accounts.me()).email()).isEqualTo("new-" + ada.email());
    }

    @Test
    void a_password_of_only_spaces_is_refused() {
        Account ada = fixtures.account("Ada Spaces");
        assertThatThrownBy(() -> as(ada, () -> accounts.changePassword(Fixtures.PASSWORD, " ".repeat(12))))
                .isInstanceOf(InvalidInputException.class).hasMessage("A password cannot be only spaces.");
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        Account ada = fixtures.account("Ada Forgot");

        resets.requestReset(ada.email().toUpperCase(), "http://casebook.test/");

        assertThat(outbox.links).singleElement().asString().matches("https?://.+/reset-password/[A-Za-z0-9_-]{43}");
        String token = outbox.links.getFirst().substring(outbox.links.getFirst().lastIndexOf('/') + 1);
        assertThat(resets.valid(token)).isTrue();
        resets.reset(token, "a brand new password");

        assertThat(encoder.matches("a brand new password", hash(ada))).isTrue();
        assertThat(resets.valid(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "another new password"))
                .isInstanceOf(InvalidInputException.class).hasMessage(PasswordResets.INVALID);
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_an_unknown_address_gets_no_link() {
        Account ada = fixtures.account("Ada Late");
        resets.requestReset("nobody-" + ada.email(), "http://casebook.test/");
        assertThat(outbox.links).isEmpty();

        resets.requestReset(ada.email(), "http://casebook.test/");
        String token = outbox.links.getFirst().substring(outbox.links.getFirst().lastIndexOf('/') + 1);
        db.update(PASSWORD_RESET).set(PASSWORD_RESET.EXPIRES_AT, LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1))
                .where(PASSWORD_RESET.ACCOUNT_ID.eq(ada.id())).execute();

        assertThat(resets.valid(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "a brand new password"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(encoder.matches(Fixtures.PASSWORD, hash(ada))).isTrue();
    }

    private String hash(Account a) {
        return db.select(app.casebook.db.Tables.ACCOUNT.PASSWORD_HASH).from(app.casebook.db.Tables.ACCOUNT)
                .where(app.casebook.db.Tables.ACCOUNT.ID.eq(a.id())).fetchOne(app.casebook.db.Tables.ACCOUNT.PASSWORD_HASH);
    }
}
