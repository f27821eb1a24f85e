package app.casebook.casestudy;

import app.casebook.base.InvalidInputException;
import app.casebook.base.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership changes for services of other features that have already established the right to make them, like
 * {@code CaseStudyAccess}: the invitation service adds the person who redeemed a valid invitation. Not for views;
 * they go through {@link MemberService}.
 */
@Component
public class Memberships {

    private final MemberRepository members;
    private final CaseStudyRepository caseStudies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Memberships(MemberRepository members, CaseStudyRepository caseStudies, ApplicationEventPublisher events,
                Clock clock) {
        this.members = members;
        this.caseStudies = caseStudies;
        this.events = events;
        this.clock = clock;
    }

    /** The role a person has on a live case study; empty when they are not a member or it is gone. */
    @Transactional(readOnly = true)
    public Optional<MemberRole> roleOf(long caseStudyId, long accountId) {
        return caseStudies.roleOf(caseStudyId, accountId);
    }

    /** How many people (the owner included) are members of a case study. */
    @Transactional(readOnly = true)
    public int count(long caseStudyId) {
        return members.count(caseStudyId);
    }

    /**
     * Adds a person who holds a right to join, with a role below owner; logs it and tells everyone on the case study.
     * Refused when the person is a member already or the case study is full.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void join(long caseStudyId, long accountId, String displayName, MemberRole role, long invitedBy) {
        if (role == MemberRole.OWNER) {
            throw new InvalidInputException("A case study has one owner.");
        }
        if (!members.caseStudyExists(caseStudyId)) {
            throw new InvalidInputException("This case study no longer exists.");
        }
        if (members.member(caseStudyId, accountId).isPresent()) {
            throw new InvalidInputException("You are already a member of this case study.");
        }
        if (members.count(caseStudyId) >= MemberService.MAX_MEMBERS) {
            throw new InvalidInputException("A case study can have at most " + MemberService.MAX_MEMBERS + " members.");
        }
        LocalDateTime now = Times.now(clock);
        members.insert(caseStudyId, accountId, role, invitedBy, now);
        caseStudies.logActivity(caseStudyId, accountId, "MEMBER_JOINED",
                displayName + " joined as " + role.label().toLowerCase(), now);
        events.publishEvent(new CaseStudyChanged(caseStudyId, null, CaseStudyChanged.Type.MEMBER_ADDED, accountId));
    }

    /** A line in a case study's activity log, written by {@code actorId}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void logActivity(long caseStudyId, long actorId, String type, String detail) {
        caseStudies.logActivity(caseStudyId, actorId, type, detail, Times.now(clock));
    }
}
