package app.casebook.preference;

import static app.casebook.base.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.CasebookSpringTest;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** A person's own screen preferences: kept for them, not seen by others, refused without a login. */
@CasebookSpringTest
class PreferenceServiceTest {

    @Autowired
    PreferenceService preferences;
    @Autowired
    Fixtures fixtures;

    @Test
    void a_choice_is_kept_for_the_person_who_made_it_and_replaced_by_the_next() {
        Account casey = fixtures.account("Casey Candidate");
        Account riley = fixtures.account("Riley Reviewer");

        as(casey, () -> preferences.put("editor.writing-mode", "side"));
        assertThat(as(casey, () -> preferences.get("editor.writing-mode"))).contains("side");
        assertThat(as(riley, () -> preferences.get("editor.writing-mode"))).isEqualTo(Optional.empty());

        as(casey, () -> preferences.put("editor.writing-mode", "preview"));
        assertThat(as(casey, () -> preferences.get("editor.writing-mode"))).contains("preview");
    }

    @Test
    void bad_names_and_values_are_refused_with_a_message() {
        Account casey = fixtures.account("Casey Candidate");
        assertThatThrownBy(() -> as(casey, () -> preferences.put("Editor Mode", "side")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(casey, () -> preferences.put("editor.writing-mode", " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(casey, () -> preferences.put("editor.writing-mode", "x".repeat(201))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("200");
    }

    @Test
    void without_a_login_there_are_no_preferences() {
        assertThatThrownBy(() -> preferences.get("editor.writing-mode"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
