package app.casebook.account.ui;

import app.casebook.security.LoginPage;
import com.vaadin.flow.component.Component;

/** Tells the security configuration that {@link LoginView} is the login form. */
@org.springframework.stereotype.Component
class AccountLoginPage implements LoginPage {

    @Override
    public Class<? extends Component> view() {
        return LoginView.class;
    }
}
