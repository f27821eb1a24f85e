package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.ui.DashboardView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import app.casebook.security.CasebookUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountEverydayTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_logged_in_person_who_opens_the_login_page_is_taken_to_their_case_studies() {
        login(newAccount("Already In"));
        navigate("login");
        NavigatorKt.expectView(DashboardView.class);
    }

    @Test
    void the_empty_login_form_asks_for_the_e_mail_and_offers_forgot_password() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("E-mail is required");
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void forgot_password_answers_the_same_whether_or_not_the_address_has_an_account() {
        navigate("forgot-password");
        _get(EmailField.class, spec -> spec.withId("forgot-email")).setValue("nobody-here@casebook.test");
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText())
                .isEqualTo(ForgotPasswordView.SENT);
    }

    @Test
    void an_unknown_reset_link_says_it_is_no_longer_valid() {
        navigate("reset-password/" + "x".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText()).contains("no longer valid");
    }

    @Test
    void a_person_changes_their_name_on_the_account_page_and_an_invisible_name_is_refused() {
        Account me = newAccount("Name Before");
        login(me);
        navigate("account");
        TextField name = _get(TextField.class, spec -> spec.withId("account-name"));

        type(name, "\u200B\u200B");
        _click(_get(Button.class, spec -> spec.withId("change-name-button")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter your name.");

        type(name, "Name After");
        _click(_get(Button.class, spec -> spec.withId("change-name-button")));
        assertThat(accounts.me().displayName()).isEqualTo("Name After");
    }

    @Test
    void after_a_change_of_name_or_e_mail_the_top_bar_and_the_login_of_this_session_show_the_new_ones() {
        Account me = newAccount("Name Before");
        login(me);
        navigate("account");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Name Before");

        type(_get(TextField.class, spec -> spec.withId("account-name")), "Name After");
        _click(_get(Button.class, spec -> spec.withId("change-name-button")));

        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Name After");
        assertThat(principal().displayName()).isEqualTo("Name After");
        assertThat(principal().accountId()).isEqualTo(me.id());
        // Another page of the session, opened afterwards, shows it too.
        navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo("Name After");

        navigate("account");
        String newEmail = "renamed-" + java.util.UUID.randomUUID() + "@casebook.test";
        _get(EmailField.class, spec -> spec.withId("account-email")).setValue(newEmail);
        _get(PasswordField.class, spec -> spec.withId("email-password")).setValue(Fixtures.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("change-email-button")));
        assertThat(principal().email()).isEqualTo(newEmail);
        assertThat(principal().displayName()).isEqualTo("Name After");
    }

    private static CasebookUser principal() {
        return (CasebookUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }
}
