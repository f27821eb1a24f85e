package app.casebook.membership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.casebook.account.Account;
import app.casebook.base.KaribuTest;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.ui.EditorView;
import app.casebook.membership.Member;
import app.casebook.membership.MemberService;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeaveAndTransferTest extends KaribuTest {

    @Autowired
    MemberService members;

    @Test
    void an_invited_reviewer_leaves_the_case_study_and_loses_access() {
        Account owner = newAccount("Leave owner");
        Account reviewer = newAccount("Leaving reviewer");
        long id = fixtures.importSeed(owner);
        addMember(id, reviewer, MemberRole.REVIEWER);
        login(reviewer);
        navigate(EditorView.path(id));
        openPanel("people");

        _click(_get(Button.class, spec -> spec.withId("leave-case-study")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("leave-dialog")));

        assertThatThrownBy(() -> caseStudies.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_owner_makes_an_editor_the_owner_and_becomes_an_editor() {
        Account owner = newAccount("Giving owner");
        Account editor = newAccount("Receiving editor");
        Account viewer = newAccount("Some viewer");
        long id = fixtures.importSeed(owner);
        addMember(id, editor, MemberRole.EDITOR);
        addMember(id, viewer, MemberRole.VIEWER);
        login(owner);
        navigate(EditorView.path(id));
        openPanel("people");
        _assertNone(Button.class, spec -> spec.withId("make-owner-" + viewer.id()));
        _assertNone(Button.class, spec -> spec.withId("leave-case-study"));

        _click(_get(Button.class, spec -> spec.withId("make-owner-" + editor.id())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("transfer-dialog")));

        assertThat(members.members(id)).extracting(Member::displayName, Member::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Receiving editor", MemberRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple("Giving owner", MemberRole.EDITOR));
        assertThat(caseStudies.get(id).caseStudy().ownerName()).isEqualTo("Receiving editor");
    }

    @Autowired
    app.casebook.membership.InvitationService invitations;

    @Test
    void a_logged_in_person_opening_a_used_invitation_link_is_taken_to_their_case_studies() {
        Account owner = newAccount("Inviting owner");
        Account joiner = newAccount("Joined already");
        long id = fixtures.importSeed(owner);
        String token = app.casebook.base.Fixtures.as(owner,
                () -> invitations.invite(id, joiner.email(), MemberRole.VIEWER).token());
        app.casebook.base.Fixtures.as(joiner, () -> invitations.accept(token));
        login(joiner);

        navigate(InvitationView.path(token));

        com.github.mvysny.kaributesting.v10.NavigatorKt.expectView(app.casebook.casestudy.ui.DashboardView.class);
    }
}
