package app.casebook.membership.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * An invitation link that needs a login. Vaadin's access control sends an anonymous visitor to the login form and,
 * after the login, back here; from here the logged-in person goes on to the invitation to accept it.
 */
@Route("invitation-login")
@PermitAll
public class InvitationLoginView extends Div implements HasUrlParameter<String> {

    public static String path(String token) {
        return "invitation-login/" + token;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        event.forwardTo(InvitationView.path(token));
    }
}
