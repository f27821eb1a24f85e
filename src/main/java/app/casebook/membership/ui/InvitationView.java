package app.casebook.membership.ui;

import app.casebook.membership.InvitationLanding;
import app.casebook.membership.InvitationService;
import app.casebook.account.ui.RegistrationForm;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.base.ui.Format;
import app.casebook.security.CurrentUser;
import app.casebook.security.ScreenLogin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;

/**
 * Where an invitation link leads. Logged in: accept it. Not logged in: one page for everybody, offering to log in
 * (and come back to accept) or to create an account, whether or not the address has one: the page must not tell the
 * person who sent the link which addresses have accounts. A link that is no longer valid, for whatever reason, gets
 * one message.
 */
@Route("invitation")
@PageTitle("Invitation · Casebook")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements HasUrlParameter<String> {

    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final ScreenLogin screenLogin;

    public InvitationView(InvitationService invitations, CurrentUser currentUser, ScreenLogin screenLogin) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.screenLogin = screenLogin;
        addClassName("invitation-view");
        getElement().setAttribute("role", "main");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    public static String path(String token) {
        return "invitation/" + token;
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        H1 brand = new H1("Casebook");
        brand.addClassName("brand");
        add(brand);
        Optional<InvitationLanding> landing = invitations.open(token);
        if (landing.isEmpty() && currentUser.get().isPresent()) {
            // A used or dead link opened by someone logged in: their case studies (the one they joined is there).
            event.forwardTo("");
            return;
        }
        if (landing.isEmpty()) {
            showInvalid();
        } else if (currentUser.get().isPresent()) {
            showAccept(token, landing.get());
        } else {
            showLogInOrRegister(token, landing.get());
        }
    }

    private void showInvalid() {
        Paragraph text = new Paragraph(InvitationService.NO_LONGER_VALID);
        text.setId("invitation-invalid");
        add(new H2("Invitation"), text, new Anchor("login", "Log in"));
    }

    private Paragraph invitedTo(InvitationLanding l) {
        Paragraph p = new Paragraph(l.invitedByName() + " invites you to the case study “" + l.caseStudyTitle()
                + "” as " + l.role().label().toLowerCase() + ". The invitation is valid until "
                + Format.when(l.expiresAt()) + ".");
        p.setId("invitation-text");
        return p;
    }

    private void showAccept(String token, InvitationLanding l) {
        add(new H2("Invitation"), invitedTo(l));
        if (l.alreadyMember()) {
            Paragraph member = new Paragraph("You are already a member of this case study.");
            member.setId("invitation-already-member");
            add(member, new Anchor(EditorView.path(l.caseStudyId()), "Open the case study"));
            return;
        }
        String me = currentUser.require().email();
        if (!me.equalsIgnoreCase(l.email())) {
            Paragraph other = new Paragraph("It was sent to " + l.email() + "; you are logged in as " + me
                    + ". Accepting adds you, " + me + ", to the case study.");
            other.setId("invitation-other-address");
            add(other);
        }
        Button accept = new Button("Accept invitation", e -> accept(token));
        accept.setId("accept-invitation-button");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(accept);
    }

    private void accept(String token) {
        try {
            long caseStudyId = invitations.accept(token);
            Notifications.success("You joined the case study.");
            UI.getCurrent().navigate(EditorView.path(caseStudyId));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showLogInOrRegister(String token, InvitationLanding l) {
        Paragraph logIn = new Paragraph("Have a Casebook account? Log in; you come back here to accept the "
                + "invitation.");
        logIn.setId("invitation-log-in-first");
        Paragraph text = new Paragraph("New to Casebook? Create your account to accept it.");
        text.setId("invitation-register-text");
        RegistrationForm form = new RegistrationForm(l.email(), (name, email, password) -> {
            String address = invitations.register(token, name, email, password).email();
            try {
                screenLogin.logIn(address, password);
            } catch (AuthenticationException e) {
                // Rare (e.g. too many failed logins from this network): the account and membership are there.
                Notifications.success("Your account is ready. Log in to open the case study.");
                UI.getCurrent().navigate(EditorView.path(l.caseStudyId()));
                return;
            }
            // The case study as a new page: a new window of the new login, with the new session id from the start
            // (also for the push connection, which was opened under the old one).
            UI.getCurrent().getPage().setLocation(EditorView.path(l.caseStudyId()));
        });
        add(new H2("Invitation"), invitedTo(l), logIn, logInButton(token, "Log in"), text, form);
    }

    /** Goes to a page that needs a login: the login form comes, and after it the person returns to the link. */
    private static Button logInButton(String token, String caption) {
        Button button = new Button(caption, e -> UI.getCurrent().navigate(InvitationLoginView.path(token)));
        button.setId("invitation-login-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
