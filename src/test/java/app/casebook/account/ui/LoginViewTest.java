package app.casebook.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.KaribuTest;
import app.casebook.casestudy.ui.DashboardView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymous_visitor_of_the_dashboard_lands_on_the_login_form() {
        navigate("");

        NavigatorKt.expectView(LoginView.class);
        assertThat(_get(LoginForm.class, spec -> spec.withId("login-form")).isVisible()).isTrue();
    }

    @Test
    void logged_in_person_sees_the_dashboard_instead() {
        login(fixtures.account("Lena Login"));

        navigate("");

        NavigatorKt.expectView(DashboardView.class);
    }
}
