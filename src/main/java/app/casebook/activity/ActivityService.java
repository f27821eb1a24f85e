package app.casebook.activity;

import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.Permission;
import app.casebook.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case study's activity log: who did what and when (PRODUCT.md, capability 9). The log itself is written by
 * {@link ActivityLog} from the domain events of the other features. Every member may read it; anyone else gets
 * "not found" ({@link app.casebook.base.NotFoundException}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ActivityService {

    /** The largest page a caller gets, whatever it asks for. */
    public static final int MAX_PAGE = 100;

    private final ActivityRepository repository;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;

    ActivityService(ActivityRepository repository, CaseStudyAccess access, CurrentUser currentUser) {
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * The newest line of the activity log of each of {@code caseStudyIds}, for the dashboard's "Last activity", in one
     * query; case studies the person is not a member of, or without any line, are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, ActivityEntry> newest(Collection<Long> caseStudyIds) {
        return repository.newest(currentUser.id(), caseStudyIds);
    }

    /**
     * A page of the activity of a case study, newest first: {@code offset} lines skipped, at most {@code limit}
     * (clamped to 1…{@value #MAX_PAGE}) returned. Members only.
     */
    @Transactional(readOnly = true)
    public List<ActivityEntry> page(long caseStudyId, int offset, int limit) {
        access.require(caseStudyId, Permission.READ);
        return repository.page(caseStudyId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** How many lines the activity log of a case study has. Members only. */
    @Transactional(readOnly = true)
    public int count(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        return repository.count(caseStudyId);
    }
}
