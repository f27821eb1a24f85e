package app.casebook.membership.ui;

import app.casebook.collaboration.LiveResync;
import app.casebook.casestudy.AccessChanged;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.membership.InvitationService;
import app.casebook.membership.InvitationSent;
import app.casebook.membership.InvitationWithdrawn;
import app.casebook.membership.MemberJoined;
import app.casebook.membership.MemberService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "People" panel of the editor: members, their roles and (for the owner) invitations. */
@Component
@Order(20)
class MembersContribution implements EditorContribution {

    private final MemberService members;
    private final InvitationService invitations;

    MembersContribution(MemberService members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
    }

    @Override
    public void contribute(EditorContext editor) {
        MembersPanel panel = new MembersPanel(members, invitations, editor.caseStudyId(),
                editor.myRole().allows(Permission.MANAGE));
        editor.addPanel("people", "People", 20, panel);
        editor.onEvent(event -> {
            if (panel.isAttached() && (event instanceof AccessChanged || event instanceof MemberJoined
                    || event instanceof InvitationSent || event instanceof InvitationWithdrawn
                    || event instanceof LiveResync)) {
                panel.refresh();
            }
        });
    }
}
