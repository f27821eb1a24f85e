package app.casebook.membership.ui;

import app.casebook.account.AccountService;
import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Format;
import app.casebook.base.ui.Links;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.MemberRole;
import app.casebook.membership.Invitation;
import app.casebook.membership.InvitationService;
import app.casebook.membership.Member;
import app.casebook.membership.MemberService;
import app.casebook.membership.NewInvitation;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The people on a case study: members with their roles and, for the owner, invitations by e-mail with a link to
 * pass on, role changes, removal, and the invitations still waiting for an answer. The services decide; this panel
 * only leaves out what the person may not do.
 */
public class MembersPanel extends Composite<VerticalLayout> {

    private static final List<MemberRole> INVITABLE = List.of(MemberRole.EDITOR, MemberRole.REVIEWER, MemberRole.VIEWER);

    private final MemberService members;
    private final InvitationService invitations;
    private final long caseStudyId;
    private final boolean canManage;
    // Built when the panel is first shown: a panel never opened costs no form (issue 14, heap per editor).
    private VerticalLayout memberList;
    private VerticalLayout pendingList;
    private EmailField email;
    private Select<MemberRole> role;
    private TextField link;
    private Button copy;
    private String base = "/";

    public MembersPanel(MemberService members, InvitationService invitations, long caseStudyId, boolean canManage) {
        this.members = members;
        this.invitations = invitations;
        this.caseStudyId = caseStudyId;
        this.canManage = canManage;
        VerticalLayout root = getContent();
        root.setId("members-panel");
        root.addClassName("members-panel");
        root.setPadding(false);
        root.setSpacing(false);
    }

    private void build() {
        VerticalLayout root = getContent();
        memberList = new VerticalLayout();
        pendingList = new VerticalLayout();
        email = new EmailField("Invite by e-mail");
        role = new Select<>();
        link = new TextField("Link to send");
        copy = new Button("Copy link", VaadinIcon.COPY.create());
        memberList.setPadding(false);
        memberList.setSpacing(false);
        memberList.setId("member-list");
        root.add(new H3("People"), memberList);
        if (canManage) {
            root.add(inviteForm(), pendingHeading(), pendingList);
        } else {
            Button leave = new Button("Leave this case study", VaadinIcon.SIGN_OUT.create(), e -> confirmLeave());
            leave.setId("leave-case-study");
            leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            root.add(leave);
        }
        pendingList.setPadding(false);
        pendingList.setSpacing(false);
        pendingList.setId("pending-invitations");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        base = Links.base();
        if (memberList == null) {
            build();
        }
        refresh();
    }

    private VerticalLayout inviteForm() {
        email.setId("invite-email");
        email.setPlaceholder("name@example.com");
        email.setClearButtonVisible(true);
        email.setWidthFull();
        role.setId("invite-role");
        role.setLabel("As");
        role.setItems(INVITABLE);
        role.setItemLabelGenerator(MemberRole::label);
        role.setValue(MemberRole.REVIEWER);
        Button invite = new Button("Invite", VaadinIcon.ENVELOPE_O.create(), e -> invite());
        invite.setId("invite-button");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(role, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);

        link.setId("invite-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setHelperText("Send this link to the person yourself; it works once, for 7 days.");
        link.setVisible(false);
        copy.setId("copy-invite-link");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setVisible(false);
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notifications.success("Link copied");
        });
        VerticalLayout form = new VerticalLayout(email, row, link, copy);
        form.setPadding(false);
        form.setSpacing(false);
        form.addClassName("invite-form");
        return form;
    }

    private H4 pendingHeading() {
        return new H4("Waiting for an answer");
    }

    /** Reads the members and invitations again, e.g. after someone joined. */
    public void refresh() {
        if (memberList == null) {
            return; // not shown yet: loads when first attached
        }
        showMembers(members.members(caseStudyId));
        if (canManage) {
            showPending(invitations.pending(caseStudyId));
        }
    }

    private void invite() {
        try {
            NewInvitation created = invitations.invite(caseStudyId, email.getValue(), role.getValue());
            email.clear();
            email.setInvalid(false);
            link.setValue(base + created.path());
            link.setVisible(true);
            copy.setVisible(true);
            Notifications.success("Invitation for " + created.invitation().email() + " made. Copy the link and send it.");
            refresh();
        } catch (InvalidInputException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
        }
    }

    private void showMembers(List<Member> list) {
        memberList.removeAll();
        for (Member m : list) {
            Span name = new Span(m.displayName());
            name.addClassName("member-name");
            Div who = new Div(name);
            if (m.email() != null) {
                Span address = new Span(m.email());
                address.addClassName("member-email");
                who.add(new Div(address));
            }
            HorizontalLayout row = new HorizontalLayout();
            row.setId("member-" + m.accountId());
            row.addClassName("member-row");
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.add(who);
            row.expand(who);
            if (canManage && m.role() != MemberRole.OWNER) {
                Select<MemberRole> select = new Select<>();
                select.setId("member-role-" + m.accountId());
                select.setAriaLabel("Role of " + m.displayName());
                select.setItems(INVITABLE);
                select.setItemLabelGenerator(MemberRole::label);
                select.setValue(m.role());
                select.setWidth("9em");
                select.addValueChangeListener(e -> {
                    if (e.getValue() != null && e.getValue() != m.role()) {
                        changeRole(m, e.getValue());
                    }
                });
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> remove(m));
                remove.setId("remove-member-" + m.accountId());
                remove.setAriaLabel("Remove " + m.displayName());
                remove.setTooltipText("Remove " + m.displayName());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                row.add(select, remove);
                if (m.role() == MemberRole.EDITOR) {
                    Button owner = new Button(VaadinIcon.KEY_O.create(), e -> confirmTransfer(m));
                    owner.setId("make-owner-" + m.accountId());
                    owner.setAriaLabel("Make " + m.displayName() + " the owner");
                    owner.setTooltipText("Make " + m.displayName() + " the owner");
                    owner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    row.add(owner);
                }
            } else {
                Span r = new Span(m.role().label());
                r.setId("member-role-" + m.accountId());
                r.getElement().getThemeList().add("badge");
                row.add(r);
            }
            memberList.add(row);
        }
    }

    private void showPending(List<Invitation> list) {
        pendingList.removeAll();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph("No open invitations.");
            none.addClassName("hint");
            pendingList.add(none);
        }
        for (Invitation i : list) {
            Span what = new Span(i.email() + " · " + i.role().label() + " · until " + Format.when(i.expiresAt()));
            Button withdraw = new Button("Withdraw", e -> withdraw(i));
            withdraw.setId("withdraw-invitation-" + i.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(what, withdraw);
            row.setId("invitation-" + i.id());
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.expand(what);
            pendingList.add(row);
        }
    }

    private void changeRole(Member m, MemberRole newRole) {
        try {
            members.changeRole(caseStudyId, m.accountId(), newRole);
            Notifications.success(m.displayName() + " is now " + newRole.label().toLowerCase() + ".");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void remove(Member m) {
        try {
            members.remove(caseStudyId, m.accountId());
            Notifications.success(m.displayName() + " was removed from this case study.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void confirmLeave() {
        ConfirmDialog dialog = new ConfirmDialog("Leave this case study?",
                "You will no longer see it or its comments. The owner can invite you again.", "Leave",
                e -> leave());
        dialog.setId("leave-dialog");
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void leave() {
        try {
            members.leave(caseStudyId);
            Notifications.success("You left the case study.");
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void confirmTransfer(Member m) {
        ConfirmDialog dialog = new ConfirmDialog("Make " + m.displayName() + " the owner?",
                m.displayName() + " becomes the owner, who invites, exports and may delete the case study; you "
                        + "become an editor. Only the new owner can give it back.", "Make owner",
                e -> transfer(m));
        dialog.setId("transfer-dialog");
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("primary");
        dialog.open();
    }

    private void transfer(Member m) {
        try {
            members.transferOwnership(caseStudyId, m.accountId());
            Notifications.success(m.displayName() + " is now the owner; you are an editor.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void withdraw(Invitation i) {
        link.clear();
        link.setVisible(false);
        copy.setVisible(false);
        try {
            invitations.withdraw(i.id());
            Notifications.success("The invitation of " + i.email() + " was withdrawn; its link no longer works.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
