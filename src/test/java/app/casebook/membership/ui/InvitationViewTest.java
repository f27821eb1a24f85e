package app.casebook.membership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.TestInput;
import app.casebook.account.Account;
import app.casebook.membership.InvitationService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.membership.Member;
import app.casebook.casestudy.MemberRole;
import app.casebook.membership.MemberService;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.account.ui.LoginView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import app.casebook.security.CasebookUser;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What someone sees who opens an invitation link: accept, register, log in first, or "no longer valid". */
class InvitationViewTest extends KaribuTest {

    @Autowired
    private InvitationService invitations;
    @Autowired
    private MemberService members;

    private Account owner;
    private long caseStudyId;

    @BeforeEach
    void ownerWithACaseStudy() {
        owner = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(owner);
    }

    @Test
    void an_anonymous_person_registers_with_the_link_is_logged_in_and_lands_on_the_case_study() {
        String invited = "newcomer-" + UUID.randomUUID() + "@casebook.test";
        String token = invite(invited, MemberRole.EDITOR);

        navigate(InvitationView.path(token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-text")).getText())
                .startsWith("Casey Candidate invites you to the case study “" + Fixtures.SEED_TITLE + "” as editor.");
        EmailField email = _get(EmailField.class, spec -> spec.withId("register-email"));
        assertThat(email.getValue()).isEqualTo(invited);
        TestInput.type(_get(TextField.class, spec -> spec.withId("register-name")), "Nia Newcomer");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-password")), "a-long-password");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-repeat-password")), "a-long-password");
        HttpSession session = ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getSession();
        String sessionIdBefore = session.getId();
        _click(_get(Button.class, spec -> spec.withId("register-button")));

        // Logged in as the login form does: a new session id, the login kept in the session for the next requests.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(CasebookUser.class,
                user -> assertThat(user.email()).isEqualTo(invited));
        assertThat(session.getId()).isNotEqualTo(sessionIdBefore);
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication()).isSameAs(auth);
        assertThat(locationsOpened()).as("the case study, as a new page of the new login")
                .containsExactly(EditorView.path(caseStudyId));
        // That page, opened by the browser with the login kept in the session: the case study's editor.
        login(stored.getAuthentication());
        navigate(EditorView.path(caseStudyId));
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("case-study-title")).getText())
                .isEqualTo(Fixtures.SEED_TITLE);
        // (Asked as the new member: in a Vaadin session the login kept in the session is the one services see.)
        assertThat(members.members(caseStudyId))
                .extracting(Member::accountId, Member::displayName, Member::role)
                .contains(org.assertj.core.groups.Tuple.tuple(((CasebookUser) auth.getPrincipal()).accountId(),
                        "Nia Newcomer", MemberRole.EDITOR));
        assertThat(invitations.open(token)).isEmpty();
    }

    @Test
    void two_different_passwords_or_a_short_one_are_refused_with_a_message_and_nothing_is_created() {
        String token = invite("typo-" + UUID.randomUUID() + "@casebook.test", MemberRole.VIEWER);
        navigate(InvitationView.path(token));
        TestInput.type(_get(TextField.class, spec -> spec.withId("register-name")), "Tim Typo");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-password")), "a-long-password");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-repeat-password")), "a-long-passwort");
        _click(_get(Button.class, spec -> spec.withId("register-button")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-error")).getText())
                .isEqualTo("The two passwords are not the same.");

        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-password")), "short");
        TestInput.type(_get(PasswordField.class, spec -> spec.withId("register-repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("register-button")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("register-error")).getText())
                .isEqualTo("A password needs at least 10 characters.");
        NavigatorKt.expectView(InvitationView.class);
        assertThat(invitations.open(token)).isPresent();
    }

    @Test
    void account_existence_oracle_the_page_of_a_link_is_the_same_whether_or_not_its_address_has_an_account() {
        Account existing = fixtures.account("Erin Existing");
        String newcomer = "newcomer-" + UUID.randomUUID() + "@casebook.test";
        String toExisting = invite(existing.email(), MemberRole.REVIEWER);
        String toNewcomer = invite(newcomer, MemberRole.REVIEWER);

        navigate(InvitationView.path(toExisting));
        String forExisting = page().replace(existing.email(), "<address>").replaceAll("valid until [^\\n]*", "");
        navigate(InvitationView.path(toNewcomer));
        String forNewcomer = page().replace(newcomer, "<address>").replaceAll("valid until [^\\n]*", "");

        assertThat(forExisting).isEqualTo(forNewcomer);
        _get(Button.class, spec -> spec.withId("register-button"));
        _get(Button.class, spec -> spec.withId("invitation-login-button"));
    }

    /** What the page shows: its components with their ids, texts and values, in order. */
    private static String page() {
        StringBuilder b = new StringBuilder();
        com.vaadin.flow.component.UI.getCurrent().getChildren().forEach(c -> describe(c, b));
        return b.toString();
    }

    private static void describe(com.vaadin.flow.component.Component c, StringBuilder b) {
        if (c.getElement().isTextNode()) {
            b.append(c.getElement().getText()).append('\n');
            return;
        }
        b.append(c.getClass().getSimpleName()).append('#').append(c.getId().orElse("")).append(' ')
                .append(c.getElement().getText()).append(' ')
                .append(c instanceof com.vaadin.flow.component.HasValue<?, ?> v ? String.valueOf(v.getValue()) : "")
                .append(c.isVisible()).append('\n');
        c.getChildren().forEach(child -> describe(child, b));
    }

    @Test
    void someone_with_an_account_logs_in_from_the_link_and_afterwards_comes_back_to_accept() {
        Account riley = fixtures.account("Riley Reviewer");
        String token = invite(riley.email(), MemberRole.REVIEWER);

        navigate(InvitationView.path(token));
        _click(_get(Button.class, spec -> spec.withId("invitation-login-button")));
        NavigatorKt.expectView(LoginView.class);
        assertThat(VaadinSession.getCurrent().getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .isEqualTo(InvitationLoginView.path(token));

        // After the login form, Vaadin sends the browser back to the page that needed it.
        login(riley);
        navigate(InvitationLoginView.path(token));
        NavigatorKt.expectView(InvitationView.class);
        _click(_get(Button.class, spec -> spec.withId("accept-invitation-button")));

        NavigatorKt.expectView(EditorView.class);
        assertThat(Fixtures.as(owner, () -> members.members(caseStudyId))).extracting(Member::displayName)
                .contains("Riley Reviewer");
    }

    @Test
    void a_used_withdrawn_or_made_up_link_says_it_is_no_longer_valid() {
        Account vic = fixtures.account("Vic Viewer");
        String used = invite(vic.email(), MemberRole.VIEWER);
        Fixtures.as(vic, () -> invitations.accept(used));

        for (String token : new String[] {used, "made-up", "A".repeat(43)}) {
            navigate(InvitationView.path(token));
            assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-invalid")).getText())
                    .isEqualTo(InvitationService.NO_LONGER_VALID);
            _assertNone(Button.class, spec -> spec.withId("register-button"));
        }
    }

    @Test
    void a_member_who_opens_the_link_again_is_told_so_and_the_link_is_not_used_up() {
        String token = invite("someone-" + UUID.randomUUID() + "@casebook.test", MemberRole.VIEWER);
        login(owner);

        navigate(InvitationView.path(token));

        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-already-member")).getText())
                .isEqualTo("You are already a member of this case study.");
        _assertNone(Button.class, spec -> spec.withId("accept-invitation-button"));
        assertThat(invitations.open(token)).isPresent();
    }

    private String invite(String email, MemberRole role) {
        return Fixtures.as(owner, () -> invitations.invite(caseStudyId, email, role)).token();
    }

    /** The addresses the page was told to open instead of itself ({@code Page.setLocation}), not yet sent. */
    private static java.util.List<String> locationsOpened() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation())
                .filter(js -> js.getExpression().contains("window.open") && js.getExpression().contains("_self"))
                .map(js -> String.valueOf(js.getParameters().get(0))).toList();
    }
}
