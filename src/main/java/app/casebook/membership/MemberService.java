package app.casebook.membership;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.security.CurrentUser;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on a case study and with which role. Any member sees the members; only the owner changes roles or removes
 * people. The owner can be neither removed nor demoted, and nobody else becomes owner. People join through
 * invitations ({@link InvitationService}). Changes are published as {@link MemberRoleChanged} and
 * {@link MemberRemoved}; errors: {@link NotFoundException} for non-members and unknown members,
 * {@link org.springframework.security.access.AccessDeniedException} for members who may not manage,
 * {@link InvalidInputException} for a change the rules forbid.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MemberService {

    /** Members per case study, the owner included: enough for a candidate's circle of reviewers. */
    public static final int MAX_MEMBERS = 50;

    private final MemberRepository members;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, CaseStudyAccess access, CurrentUser currentUser,
                  ApplicationEventPublisher events) {
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The members of a case study, owner first; members only. E-mail addresses are shown to the owner only. */
    @Transactional(readOnly = true)
    public List<Member> members(long caseStudyId) {
        MemberRole role = access.require(caseStudyId, Permission.READ);
        List<Member> all = members.members(caseStudyId);
        if (role.allows(Permission.MANAGE)) {
            return all;
        }
        return all.stream().map(m -> new Member(m.accountId(), m.displayName(), null, m.role(), m.addedAt())).toList();
    }

    /**
     * Gives a member another role (editor, reviewer or viewer); the owner only. The owner's role never changes.
     * Takes effect at the member's next action.
     */
    @Transactional
    public void changeRole(long caseStudyId, long accountId, MemberRole role) {
        access.require(caseStudyId, Permission.MANAGE);
        if (role == null || role == MemberRole.OWNER) {
            throw new InvalidInputException("Choose editor, reviewer or viewer; a case study has one owner.");
        }
        Member member = members.member(caseStudyId, accountId).orElseThrow(() -> new NotFoundException("Member"));
        if (member.role() == MemberRole.OWNER) {
            throw new InvalidInputException("The owner's role cannot be changed.");
        }
        if (member.role() == role) {
            return;
        }
        members.updateRole(caseStudyId, accountId, role);
        events.publishEvent(new MemberRoleChanged(caseStudyId, currentUser.id(), accountId, member.displayName(),
                member.role(), role));
    }

    /** Removes a member from a case study; the owner only, and never the owner. Their access ends at once. */
    @Transactional
    public void remove(long caseStudyId, long accountId) {
        access.require(caseStudyId, Permission.MANAGE);
        Member member = members.member(caseStudyId, accountId).orElseThrow(() -> new NotFoundException("Member"));
        if (member.role() == MemberRole.OWNER) {
            throw new InvalidInputException("The owner cannot be removed from their case study.");
        }
        members.delete(caseStudyId, accountId);
        events.publishEvent(new MemberRemoved(caseStudyId, currentUser.id(), accountId, member.displayName(),
                member.role()));
    }

    /**
     * The current person leaves a case study they were invited to; their access ends at once. The owner cannot leave
     * (they transfer ownership or delete it): {@link InvalidInputException}. Non-members: {@link NotFoundException}.
     */
    @Transactional
    public void leave(long caseStudyId) {
        MemberRole role = access.require(caseStudyId, Permission.READ);
        if (role == MemberRole.OWNER) {
            throw new InvalidInputException("As the owner you cannot leave your case study: transfer the ownership "
                    + "to an editor first, or delete it.");
        }
        long me = currentUser.id();
        Member member = members.member(caseStudyId, me).orElseThrow(() -> new NotFoundException("Member"));
        members.delete(caseStudyId, me);
        events.publishEvent(new MemberLeft(caseStudyId, me, member.displayName(), member.role()));
    }

    /**
     * The owner makes an editor the owner and becomes an editor; the owner only. Only an editor can receive it (make
     * a reviewer or viewer an editor first): {@link InvalidInputException}.
     */
    @Transactional
    public void transferOwnership(long caseStudyId, long accountId) {
        access.require(caseStudyId, Permission.MANAGE);
        long me = currentUser.id();
        Member member = members.member(caseStudyId, accountId).orElseThrow(() -> new NotFoundException("Member"));
        if (member.role() != MemberRole.EDITOR) {
            throw new InvalidInputException("Ownership can go only to an editor; make " + member.displayName()
                    + " an editor first.");
        }
        members.transferOwnership(caseStudyId, me, accountId);
        events.publishEvent(new OwnershipTransferred(caseStudyId, me, accountId, member.displayName()));
    }
}
