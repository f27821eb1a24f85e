package app.casebook.security;

import com.vaadin.flow.component.Component;

/**
 * The view that shows the login form, provided by the feature that owns accounts, so that the security configuration
 * knows no feature. Its route must be {@code login}.
 */
public interface LoginPage {

    Class<? extends Component> view();
}
