package app.casebook.casestudy;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on a case study and with which role. Any member sees the members; only the owner changes roles or removes
 * people. The owner can be neither removed nor demoted, and nobody else becomes owner. People join through
 * invitations (see the account feature).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MemberService {

    /** Members per case study, the owner included: enough for a candidate's circle of reviewers. */
    public static final int MAX_MEMBERS = 50;

    private final MemberRepository members;
    private final CaseStudyRepository caseStudies;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberService(MemberRepository members, CaseStudyRepository caseStudies, CaseStudyAccess access,
                  CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.caseStudies = caseStudies;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
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
        long me = currentUser.id();
        caseStudies.logActivity(caseStudyId, me, "ROLE_CHANGED", member.displayName() + " is now "
                + role.label().toLowerCase() + " (was " + member.role().label().toLowerCase() + ")", Times.now(clock));
        events.publishEvent(new CaseStudyChanged(caseStudyId, null, CaseStudyChanged.Type.MEMBER_CHANGED, me));
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
        long me = currentUser.id();
        caseStudies.logActivity(caseStudyId, me, "MEMBER_REMOVED", "Removed " + member.displayName()
                + " (" + member.role().label().toLowerCase() + ")", Times.now(clock));
        events.publishEvent(new CaseStudyChanged(caseStudyId, null, CaseStudyChanged.Type.MEMBER_REMOVED, me));
    }
}
