package app.casebook.revision;

import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.base.text.WordDiff;
import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.RevisionField;
import app.casebook.casestudy.RevisionKind;
import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.Section;
import app.casebook.revision.FieldComparison.Change;
import app.casebook.revision.RevisionRepository.ChangeRow;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private final CurrentUser currentUser;
    private final Clock clock;

    RevisionService(RevisionRepository repository, CaseStudyAccess access, CaseStudyService caseStudies,
                    CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.caseStudies = caseStudies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the history of a case study, or of one of its sections, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(long caseStudyId, Long sectionId, int offset, int limit) {
        access.require(caseStudyId, Permission.HISTORY);
        return repository.page(caseStudyId, sectionId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)),
                true);
    }

    /**
     * The same page as {@link #history}, each revision without its text ({@code body} null): what a list of
     * revisions shows, without reading or keeping every text (issue 14, heap per editor session); {@link #get}
     * reads the text of the one opened. Same permission (history), offset, limit (1 to {@link #MAX_PAGE}) and order.
     *
     * @throws app.casebook.base.NotFoundException if the case study is not there for this person
     * @throws org.springframework.security.access.AccessDeniedException if their role may not see the history
     */
    @Transactional(readOnly = true)
    public List<Revision> historyRows(long caseStudyId, Long sectionId, int offset, int limit) {
        access.require(caseStudyId, Permission.HISTORY);
        return repository.page(caseStudyId, sectionId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)),
                false);
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
     * Puts back what a revision holds, as a new revision recorded as a restore ({@link RevisionKind#RESTORE}) on top
     * of the current one; the history keeps both. A section's text goes through the same merge rules as a save; a
     * section's heading and a header field (title, job title, context, headline) are set again. When that is already
     * the current value nothing is written ({@link Restored.Outcome#ALREADY_CURRENT}). A revision of a removed
     * section brings the section back first ({@link #restoreSection}). Editors and the owner only (the case study
     * service checks it): {@link org.springframework.security.access.AccessDeniedException} for others,
     * {@link NotFoundException} for non-members and unknown revisions.
     */
    public Restored restore(long revisionId) {
        Revision r = get(revisionId);
        CaseStudyDetails now = caseStudies.get(r.caseStudyId());
        HeaderField header = r.sectionId() == null ? r.field().headerField() : null;
        if (header != null) {
            if (r.body().equals(now.caseStudy().field(header))) {
                return new Restored(Restored.Outcome.ALREADY_CURRENT, r.id());
            }
            return new Restored(Restored.Outcome.RESTORED, caseStudies.restoreHeader(r.caseStudyId(), header, r.body()));
        }
        if (r.sectionId() == null) {
            throw new NotFoundException("Revision");
        }
        Optional<Section> live = now.sections().stream().filter(s -> s.id() == r.sectionId()).findFirst();
        if (live.isEmpty() || r.field() == RevisionField.SECTION) {
            return restoreSection(revisionId);
        }
        Section current = live.get();
        if (r.field() == RevisionField.HEADING) {
            return restoreHeading(revisionId);
        }
        if (r.body().equals(current.body())) {
            return new Restored(Restored.Outcome.ALREADY_CURRENT, current.revisionId());
        }
        SaveResult saved = caseStudies.restoreSectionText(current.id(), current.revisionId(), r.body());
        return new Restored(saved instanceof SaveResult.Conflict ? Restored.Outcome.CONFLICT
                : Restored.Outcome.RESTORED, saved.revisionId());
    }

    /**
     * Brings back the removed section a revision belongs to, at its old place, with the text it had when it was
     * removed; {@link Restored.Outcome#ALREADY_CURRENT} when it is not removed. Editors and the owner only.
     */
    public Restored restoreSection(long revisionId) {
        Revision r = get(revisionId);
        if (r.sectionId() == null) {
            throw new NotFoundException("Revision of a section");
        }
        if (!sectionRemoved(revisionId)) {
            return new Restored(Restored.Outcome.ALREADY_CURRENT, r.id());
        }
        caseStudies.bringBackSection(r.sectionId());
        long current = caseStudies.get(r.caseStudyId()).sections().stream().filter(s -> s.id() == r.sectionId())
                .findFirst().map(Section::revisionId).orElse(0L);
        return new Restored(Restored.Outcome.SECTION_BROUGHT_BACK, current);
    }

    /**
     * Puts back the heading a section had at a revision (of its text or of its heading), recorded as a restore of the
     * heading; {@link Restored.Outcome#ALREADY_CURRENT} when it is the current heading. Editors and the owner only.
     */
    public Restored restoreHeading(long revisionId) {
        Revision r = get(revisionId);
        Section current = caseStudies.get(r.caseStudyId()).sections().stream()
                .filter(s -> r.sectionId() != null && s.id() == r.sectionId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Section"));
        if (r.heading() == null || r.heading().equals(current.heading())) {
            return new Restored(Restored.Outcome.ALREADY_CURRENT, current.revisionId());
        }
        return new Restored(Restored.Outcome.RESTORED, caseStudies.restoreHeading(current.id(), r.heading()));
    }

    /**
     * The heading of this revision's section now, for the history to offer "Restore heading" only where it differs;
     * empty for a header field or a removed section.
     */
    @Transactional(readOnly = true)
    public Optional<String> currentHeading(long revisionId) {
        Revision r = get(revisionId);
        return caseStudies.get(r.caseStudyId()).sections().stream()
                .filter(s -> r.sectionId() != null && s.id() == r.sectionId()).findFirst().map(Section::heading);
    }

    /** Whether the section of this revision is removed now (so the history offers "Restore section"). */
    @Transactional(readOnly = true)
    public boolean sectionRemoved(long revisionId) {
        Revision r = get(revisionId);
        return r.sectionId() != null
                && caseStudies.get(r.caseStudyId()).sections().stream().noneMatch(s -> s.id() == r.sectionId());
    }

    /**
     * The revision before this one of the same section (or header field), to compare with; empty for the first.
     * Kept-aside conflicting texts are left out. Members who may see the history.
     */
    @Transactional(readOnly = true)
    public Optional<Revision> previous(long revisionId) {
        return repository.previous(get(revisionId));
    }

    /** The newest revision of a case study made at or before {@code at}; 0 when there is none yet. */
    @Transactional(readOnly = true)
    public long revisionAt(long caseStudyId, Instant at) {
        access.require(caseStudyId, Permission.HISTORY);
        return repository.latestIdAt(caseStudyId, Times.toUtc(at));
    }

    /**
     * The whole case study compared at two points of its history, each given as the revision it stood at (0: before
     * anything was written): every header field and every section that existed at either point, with a word diff.
     * Sections come in their current order, removed ones last. Members who may see the history.
     */
    @Transactional(readOnly = true)
    public List<FieldComparison> compareCaseStudy(long caseStudyId, long olderRevisionId, long newerRevisionId) {
        access.require(caseStudyId, Permission.HISTORY);
        long older = Math.min(olderRevisionId, newerRevisionId);
        long newer = Math.max(olderRevisionId, newerRevisionId);
        for (long id : new long[] {older, newer}) {
            if (id != 0 && repository.find(id).filter(r -> r.caseStudyId() == caseStudyId).isEmpty()) {
                throw new NotFoundException("Revision");
            }
        }
        List<Revision> before = older == 0 ? List.of() : repository.stateAt(caseStudyId, older);
        List<Revision> after = repository.stateAt(caseStudyId, newer);
        CaseStudyDetails now = caseStudies.get(caseStudyId);

        List<FieldComparison> result = new ArrayList<>();
        for (HeaderField field : HeaderField.values()) {
            String a = headerValue(before, field, now.caseStudy(), older == 0);
            String b = headerValue(after, field, now.caseStudy(), false);
            Change change = a.equals(b) ? Change.UNCHANGED : a.isEmpty() ? Change.ADDED
                    : b.isEmpty() ? Change.REMOVED : Change.CHANGED;
            result.add(new FieldComparison(field.name().toLowerCase(Locale.ROOT), field.label(), null, change,
                    WordDiff.compare(a, b)));
        }

        Map<Long, Revision> sectionsBefore = sectionState(before);
        Map<Long, Revision> sectionsAfter = sectionState(after);
        Map<Long, Integer> position = new HashMap<>();
        for (Section s : now.sections()) {
            position.put(s.id(), s.position());
        }
        Set<Long> ids = new TreeSet<>(Comparator.comparing((Long id) -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
        ids.addAll(sectionsBefore.keySet());
        ids.addAll(sectionsAfter.keySet());
        for (Long id : ids) {
            Revision a = sectionsBefore.get(id);
            Revision b = sectionsAfter.get(id);
            String bodyA = a == null ? "" : a.body();
            String bodyB = b == null ? "" : b.body();
            Change change = a == null ? Change.ADDED : b == null ? Change.REMOVED
                    : bodyA.equals(bodyB) && Objects.equals(a.heading(), b.heading()) ? Change.UNCHANGED
                    : Change.CHANGED;
            String label = b == null ? a.heading() : a == null || Objects.equals(a.heading(), b.heading())
                    ? b.heading() : a.heading() + " → " + b.heading();
            result.add(new FieldComparison("section-" + id, label, id, change, WordDiff.compare(bodyA, bodyB)));
        }
        return result;
    }

    /** The value of a header field in a state; fields never changed since creation keep their current value. */
    private String headerValue(List<Revision> state, HeaderField field, CaseStudy now, boolean beforeAnything) {
        Optional<Revision> r = state.stream()
                .filter(x -> x.sectionId() == null && x.field() == RevisionField.of(field)).findFirst();
        if (r.isPresent()) {
            return r.get().body();
        }
        if (beforeAnything || repository.hasHeaderRevision(now.id(), RevisionField.of(field))) {
            return "";
        }
        return now.field(field);
    }

    /** Each section's latest revision in a state; sections removed at that point are left out. */
    private static Map<Long, Revision> sectionState(List<Revision> state) {
        Map<Long, Revision> latest = new HashMap<>();
        for (Revision r : state) {
            if (r.sectionId() != null) {
                latest.merge(r.sectionId(), r, (x, y) -> x.id() > y.id() ? x : y);
            }
        }
        latest.values().removeIf(r -> r.kind() == RevisionKind.REMOVED);
        return latest;
    }

    /**
     * What others changed in a case study since the current person last opened it, section by section and who;
     * their own changes are left out. Empty on the first visit. Members who may read it.
     */
    @Transactional(readOnly = true)
    public ChangesSinceVisit changesSinceLastVisit(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        long me = currentUser.id();
        Optional<RevisionRepository.Visit> visit = repository.visit(me, caseStudyId);
        if (visit.isEmpty()) {
            return new ChangesSinceVisit(null, List.of());
        }
        List<ChangeRow> rows = repository.changesAfter(caseStudyId, visit.get().lastSeenRevisionId(), me, 2000);
        Map<Long, String> liveHeadings = new HashMap<>();
        for (Section s : caseStudies.get(caseStudyId).sections()) {
            liveHeadings.put(s.id(), s.heading());
        }
        Map<String, List<ChangeRow>> byPlace = new LinkedHashMap<>();
        for (ChangeRow row : rows) {
            String key = row.sectionId() != null ? "section-" + row.sectionId() : row.field().name();
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<ChangesSinceVisit.Change> changes = new ArrayList<>();
        for (List<ChangeRow> group : byPlace.values()) {
            ChangeRow last = group.getLast();
            Set<String> authors = new LinkedHashSet<>();
            for (int i = group.size() - 1; i >= 0; i--) {
                authors.add(group.get(i).authorName());
            }
            Long sectionId = last.sectionId();
            String name;
            boolean added = false;
            boolean removed = false;
            if (sectionId == null) {
                name = last.field().headerField() == null ? last.field().name() : last.field().headerField().label();
            } else {
                removed = !liveHeadings.containsKey(sectionId);
                name = removed ? last.heading() : liveHeadings.get(sectionId);
                added = group.stream().anyMatch(r -> r.kind() == RevisionKind.CREATED);
            }
            changes.add(new ChangesSinceVisit.Change(sectionId, last.field(), name, List.copyOf(authors), added,
                    removed, last.createdAt()));
        }
        return new ChangesSinceVisit(visit.get().visitedAt(), List.copyOf(changes));
    }

    /** Records that the current person has now seen the case study as it stands. Members who may read it. */
    @Transactional
    public void markVisited(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        repository.saveVisit(currentUser.id(), caseStudyId, repository.latestId(caseStudyId), Times.now(clock));
    }
}
