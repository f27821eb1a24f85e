package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.TestInput;
import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountViewTest extends KaribuTest {

    @Autowired
    private AccountService accounts;

    private Account pat;

    @BeforeEach
    void loggedIn() {
        pat = fixtures.account("Pat Password");
        login(pat);
        navigate("account");
    }

    @Test
    void a_person_changes_their_password_and_only_the_new_one_is_right_afterwards() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("account-who")).getText()).contains(pat.email());

        fill(Fixtures.PASSWORD, "a-brand-new-password", "a-brand-new-password");

        NotificationsKt.expectNotifications("Your password was changed.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getValue()).isEmpty();
        assertThatThrownBy(() -> accounts.changePassword(Fixtures.PASSWORD, "yet-another-password"))
                .isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> accounts.changePassword("a-brand-new-password", "yet-another-password"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_wrong_current_password_a_mismatch_or_a_short_one_is_refused_with_a_message() {
        fill("not-my-password", "a-brand-new-password", "a-brand-new-password");
        assertThat(error()).isEqualTo("The current password is not right.");

        fill(Fixtures.PASSWORD, "a-brand-new-password", "a-brand-new-passwort");
        assertThat(error()).isEqualTo("The two new passwords are not the same.");

        fill(Fixtures.PASSWORD, "short", "short");
        assertThat(error()).isEqualTo("A password needs at least 10 characters.");

        assertThatCode(() -> accounts.changePassword(Fixtures.PASSWORD, "still-the-old-one-worked"))
                .doesNotThrowAnyException();
    }

    private static void fill(String current, String newPassword, String repeat) {
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("new-password")), newPassword);
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("change-password-button")));
    }

    private static String error() {
        return _get(Paragraph.class, spec -> spec.withId("change-password-error")).getText();
    }
}
