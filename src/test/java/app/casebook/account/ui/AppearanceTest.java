package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.preference.PreferenceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Light, dark or following the system: chosen on the account page, remembered per person, on every page. */
class AppearanceTest extends KaribuTest {

    @Autowired
    private PreferenceService preferences;

    @Test
    void by_default_the_screens_follow_the_system_setting() {
        login(newAccount("Dana Default"));
        navigate("account");

        assertThat(scheme()).as("light or dark as the system asks").isEqualTo(ColorScheme.Value.SYSTEM.getValue());
        assertThat(appearance().getValue()).isEqualTo(Appearance.SYSTEM);
        assertThat(appearance().getValue().label()).isEqualTo("Follow system");
    }

    @Test
    void choosing_dark_darkens_this_window_at_once_and_is_remembered_for_the_person() {
        Account dana = newAccount("Dana Dark");
        login(dana);
        navigate("account");

        choose(Appearance.DARK);

        assertThat(scheme()).isEqualTo(ColorScheme.Value.DARK.getValue());
        assertThat(Fixtures.as(dana, () -> preferences.get(Appearance.PREFERENCE))).hasValue("dark");

        choose(Appearance.LIGHT);

        assertThat(scheme()).isEqualTo(ColorScheme.Value.LIGHT.getValue());
        assertThat(Fixtures.as(dana, () -> preferences.get(Appearance.PREFERENCE))).hasValue("light");
    }

    @Test
    void a_remembered_choice_applies_to_every_page_of_a_new_window_and_only_for_that_person() {
        Account dana = newAccount("Dana Dark");
        Fixtures.as(dana, () -> preferences.put(Appearance.PREFERENCE, "dark"));
        assertThat(scheme()).as("the login page, before anybody is logged in").isNull();

        login(dana);
        navigate("");

        assertThat(scheme()).as("the case-studies page").isEqualTo(ColorScheme.Value.DARK.getValue());
        navigate("account");
        assertThat(appearance().getValue()).isEqualTo(Appearance.DARK);
    }

    @Test
    void another_person_keeps_their_own_choice() {
        Account dana = newAccount("Dana Dark");
        Fixtures.as(dana, () -> preferences.put(Appearance.PREFERENCE, "dark"));

        login(newAccount("Lee Light"));
        navigate("");

        assertThat(scheme()).isEqualTo(ColorScheme.Value.SYSTEM.getValue());
    }

    private static void choose(Appearance value) {
        appearance().setValue(value);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Appearance> appearance() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("appearance"));
    }

    /**
     * The colour scheme this window was last told to show, as the browser gets it: the {@code theme} attribute of the
     * page's root element ("light dark": following the system), from what the server sends with its next response.
     * Null when the page was told nothing. (The page's own {@code getColorScheme()} reports what the browser says it
     * shows, which a mocked browser does not know.)
     */
    private static String scheme() {
        String told = null;
        for (PendingJavaScriptInvocation js : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            String expression = js.getInvocation().getExpression();
            if (expression.contains("setAttribute('theme'")) {
                told = String.valueOf(js.getInvocation().getParameters().get(1));
            }
        }
        return told;
    }
}
