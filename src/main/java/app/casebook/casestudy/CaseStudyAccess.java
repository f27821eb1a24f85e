package app.casebook.casestudy;

import app.casebook.base.NotFoundException;
import app.casebook.security.CurrentUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the current person may do something on a case study. A person who is not a
 * member gets the same "not found" as for an id that does not exist.
 */
@Component
public class CaseStudyAccess {

    private final CaseStudyRepository repository;
    private final CurrentUser currentUser;

    CaseStudyAccess(CaseStudyRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** The current person's role, if it allows {@code permission}; otherwise "not found" or "access denied". */
    public MemberRole require(long caseStudyId, Permission permission) {
        MemberRole role = repository.roleOf(caseStudyId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("Case study"));
        return check(role, permission);
    }

    /**
     * The role {@code accountId} has on a live case study; empty when they are not a member or it is gone. For
     * services that have already checked that the current person may ask (e.g. the owner inviting someone).
     */
    public Optional<MemberRole> roleOf(long caseStudyId, long accountId) {
        return repository.roleOf(caseStudyId, accountId);
    }

    static MemberRole check(MemberRole role, Permission permission) {
        if (role == null) {
            throw new NotFoundException("Case study");
        }
        if (!role.allows(permission)) {
            throw new AccessDeniedException("As " + role.label().toLowerCase() + " you cannot "
                    + describe(permission) + " on this case study.");
        }
        return role;
    }

    private static String describe(Permission permission) {
        return switch (permission) {
            case READ -> "read";
            case COMMENT -> "comment";
            case EDIT -> "edit";
            case HISTORY -> "see the history";
            case REVIEW -> "review";
            case EXPORT -> "export";
            case MANAGE -> "do this";
        };
    }
}
