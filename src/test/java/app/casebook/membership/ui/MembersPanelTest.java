package app.casebook.membership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.base.TestInput;
import app.casebook.account.Account;
import app.casebook.membership.InvitationService;
import app.casebook.base.Fixtures;
import app.casebook.base.KaribuTest;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.ui.EditorView;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner invites people from the editor, and manages them there. */
class MembersPanelTest extends KaribuTest {

    @Autowired
    private CaseStudyService caseStudies;
    @Autowired
    private InvitationService invitations;

    private Account owner;
    private long caseStudyId;

    @BeforeEach
    void ownerWithACaseStudy() {
        owner = fixtures.account("Casey Candidate");
        caseStudyId = fixtures.importSeed(owner);
    }

    @Test
    void the_owner_invites_by_e_mail_and_gets_a_link_to_pass_on_which_makes_the_invited_person_a_member() {
        Account riley = fixtures.account("Riley Reviewer");
        login(owner);
        navigate(EditorView.path(caseStudyId));
        openPanel("people");

        TestInput.type(_get(EmailField.class, spec -> spec.withId("invite-email")), riley.email());
        TestInput.type(selectWithId("invite-role"), MemberRole.REVIEWER);
        _click(_get(Button.class, spec -> spec.withId("invite-button")));

        TextField link = _get(TextField.class, spec -> spec.withId("invite-link"));
        assertThat(link.getValue()).matches("https?://[^/]+/invitation/[A-Za-z0-9_-]{43}");
        assertThat(pending()).anyMatch(text -> text.startsWith(riley.email() + " · Reviewer · until "));

        login(riley);
        navigate(link.getValue().substring(link.getValue().indexOf("invitation/")));
        _click(_get(Button.class, spec -> spec.withId("accept-invitation-button")));
        NavigatorKt.expectView(EditorView.class);

        login(owner);
        navigate(EditorView.path(caseStudyId));
        openPanel("people");
        assertThat(selectWithId("member-role-" + riley.id()).getValue()).isEqualTo(MemberRole.REVIEWER);
        assertThat(pending()).noneMatch(text -> text.contains(riley.email()));
    }

    @Test
    void the_owner_changes_a_role_and_removes_a_member_who_then_cannot_open_the_case_study() {
        Account vic = fixtures.account("Vic Viewer");
        join(vic, MemberRole.VIEWER);
        login(owner);
        navigate(EditorView.path(caseStudyId));
        openPanel("people");

        TestInput.type(selectWithId("member-role-" + vic.id()), MemberRole.EDITOR);
        assertThat(Fixtures.as(vic, () -> caseStudies.myRole(caseStudyId))).isEqualTo(MemberRole.EDITOR);

        _click(_get(Button.class, spec -> spec.withId("remove-member-" + vic.id())));
        _assertNone(Select.class, spec -> spec.withId("member-role-" + vic.id()));
        assertThatThrownBy(() -> Fixtures.as(vic, () -> caseStudies.get(caseStudyId)))
                .isInstanceOf(NotFoundException.class);
        _assertNone(Button.class, spec -> spec.withId("remove-member-" + owner.id()));
    }

    @Test
    void the_owner_withdraws_a_pending_invitation_and_its_link_stops_working() {
        login(owner);
        String token = invitations.invite(caseStudyId, "maybe@casebook.test", MemberRole.VIEWER).token();
        long id = invitations.pending(caseStudyId).getFirst().id();
        navigate(EditorView.path(caseStudyId));
        openPanel("people");

        _click(_get(Button.class, spec -> spec.withId("withdraw-invitation-" + id)));

        _assertNone(Button.class, spec -> spec.withId("withdraw-invitation-" + id));
        assertThat(invitations.open(token)).isEmpty();
    }

    @Test
    void an_invalid_address_is_refused_with_a_message_next_to_the_field() {
        login(owner);
        navigate(EditorView.path(caseStudyId));
        openPanel("people");
        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));

        TestInput.type(email, "not an address");
        _click(_get(Button.class, spec -> spec.withId("invite-button")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("This does not look like an e-mail address.");
        _assertNone(TextField.class, spec -> spec.withId("invite-link"));
    }

    @Test
    void a_reviewer_sees_who_is_on_the_case_study_but_cannot_invite_or_change_anyone() {
        Account riley = fixtures.account("Riley Reviewer");
        join(riley, MemberRole.REVIEWER);
        login(riley);
        navigate(EditorView.path(caseStudyId));
        openPanel("people");

        assertThat(_get(Span.class, spec -> spec.withId("member-role-" + owner.id())).getText()).isEqualTo("Owner");
        assertThat(_get(Span.class, spec -> spec.withId("member-role-" + riley.id())).getText()).isEqualTo("Reviewer");
        _assertNone(EmailField.class, spec -> spec.withId("invite-email"));
        _assertNone(Button.class, spec -> spec.withId("invite-button"));
        _assertNone(Select.class);
    }

    private void join(Account account, MemberRole role) {
        String token = Fixtures.as(owner, () -> invitations.invite(caseStudyId, account.email(), role)).token();
        Fixtures.as(account, () -> invitations.accept(token));
    }

    /** The invitations the owner sees waiting for an answer, as their lines read. */
    private static List<String> pending() {
        return _find(_get(VerticalLayout.class, spec -> spec.withId("pending-invitations")), Span.class).stream()
                .map(Span::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static Select<MemberRole> selectWithId(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
