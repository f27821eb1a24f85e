package app.casebook.revision;

import app.casebook.base.NotFoundException;
import app.casebook.base.text.WordDiff;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.Section;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The revision history of case studies: browse, compare, restore. Members who may see the history only. */
@Service
@PreAuthorize("isAuthenticated()")
public class RevisionService {

    public static final int MAX_PAGE = 100;

    private final RevisionRepository repository;
    private final CaseStudyAccess access;
    private final CaseStudyService caseStudies;

    RevisionService(RevisionRepository repository, CaseStudyAccess access, CaseStudyService caseStudies) {
        this.repository = repository;
        this.access = access;
        this.caseStudies = caseStudies;
    }

    /** A page of the history of a case study, or of one of its sections, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(long caseStudyId, Long sectionId, int offset, int limit) {
        access.require(caseStudyId, Permission.HISTORY);
        return repository.page(caseStudyId, sectionId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public int count(long caseStudyId, Long sectionId) {
        access.require(caseStudyId, Permission.HISTORY);
        return repository.count(caseStudyId, sectionId);
    }

    @Transactional(readOnly = true)
    public Revision get(long revisionId) {
        Revision r = repository.find(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
        access.require(r.caseStudyId(), Permission.HISTORY);
        return r;
    }

    /** A word-level comparison of two revisions of one case study, older first. */
    @Transactional(readOnly = true)
    public WordDiff.Result compare(long olderRevisionId, long newerRevisionId) {
        Revision a = get(olderRevisionId);
        Revision b = get(newerRevisionId);
        if (a.caseStudyId() != b.caseStudyId()) {
            throw new NotFoundException("Revision");
        }
        return WordDiff.compare(a.body(), b.body());
    }

    /**
     * Puts an old text of a section back. It becomes a new revision on top of the current one; the history keeps
     * both. Editors and the owner only (the save checks it).
     */
    public SaveResult restore(long revisionId) {
        Revision r = get(revisionId);
        if (r.sectionId() == null || !("BODY".equals(r.field()))) {
            throw new NotFoundException("Revision of a section text");
        }
        Section current = caseStudies.get(r.caseStudyId()).sections().stream()
                .filter(s -> s.id() == r.sectionId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Section"));
        return caseStudies.saveSectionText(current.id(), current.revisionId(), r.body());
    }
}
