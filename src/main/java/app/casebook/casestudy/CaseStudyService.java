package app.casebook.casestudy;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.base.text.ThreeWayMerge;
import app.casebook.base.text.WordDiff;
import app.casebook.casestudy.CaseStudyImporter.ImportedCaseStudy;
import app.casebook.casestudy.CaseStudyImporter.ImportedSection;
import app.casebook.casestudy.CaseStudyRepository.SectionState;
import app.casebook.security.CurrentUser;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Case studies and their sections: create, import, read, edit. Every change of text is stored as a revision. */
@Service
@PreAuthorize("isAuthenticated()")
public class CaseStudyService {

    private static final int SAVE_ATTEMPTS = 5;

    private final CaseStudyRepository repository;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final SaveMetrics saveMetrics;

    CaseStudyService(CaseStudyRepository repository, CaseStudyAccess access, CurrentUser currentUser, Clock clock,
                     ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
                     SaveMetrics saveMetrics) {
        this.repository = repository;
        this.saveMetrics = saveMetrics;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** The case studies the current person owns or was invited to, most recently changed first. */
    @Transactional(readOnly = true)
    public List<CaseStudySummary> listMine() {
        return repository.findForMember(currentUser.id());
    }

    /** A case study with its sections; members only. */
    @Transactional(readOnly = true)
    public CaseStudyDetails get(long caseStudyId) {
        MemberRole role = access.require(caseStudyId, Permission.READ);
        CaseStudy cs = repository.find(caseStudyId, role).orElseThrow(() -> new NotFoundException("Case study"));
        return new CaseStudyDetails(cs, repository.sections(caseStudyId));
    }

    /**
     * The quality issues of a case study's current text, section by section (rules in {@link QualityChecks}):
     * placeholders left, empty sections, lengths outside the template's range, an outcome without a measurable
     * result. Members who may read it.
     */
    @Transactional(readOnly = true)
    public List<QualityChecks.Issue> qualityReport(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        return QualityChecks.check(repository.sections(caseStudyId));
    }

    /** The current person's role on a case study; "not found" for non-members. */
    @Transactional(readOnly = true)
    public MemberRole myRole(long caseStudyId) {
        return access.require(caseStudyId, Permission.READ);
    }

    @Transactional(readOnly = true)
    public List<Template> templates() {
        return repository.templates();
    }

    /** Starts a new case study owned by the current person, with the sections and guidance of a template. */
    @Transactional
    public long create(String title, long templateId) {
        String t = Limits.check("The title", strip(title), Limits.TITLE, true);
        Template template = repository.templates().stream().filter(x -> x.id() == templateId).findFirst()
                .orElseThrow(() -> new InvalidInputException("Choose a template."));
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        long id = repository.insertCaseStudy(me, template.id(), t, "", "", "", now);
        recordHeader(id, HeaderField.TITLE, t, me, now);
        for (Template.TemplateSection ts : template.sections()) {
            insertSection(id, ts.position(), ts.heading(), "", ts.guidance(), ts.minWords(), ts.maxWords(),
                    ts.outcome(), me, now);
        }
        events.publishEvent(new CaseStudyCreated(id, me, template.name()));
        return id;
    }

    /**
     * Imports a plain-text or Markdown case study in the seed's shape as a new case study owned by the current
     * person. Sections whose headings match a template take its guidance and length range; nothing of the input
     * is dropped. Refuses empty input and anything over the limits, changing nothing.
     */
    @Transactional
    public long importText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The document is empty.");
        }
        if (text.length() > Limits.IMPORT_BYTES
                || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Limits.IMPORT_BYTES) {
            throw new InvalidInputException("The document is too long: at most 1 MB can be imported.");
        }
        List<Template> templates = repository.templates();
        List<String> known = templates.stream().flatMap(t -> t.sections().stream())
                .map(Template.TemplateSection::heading).toList();
        ImportedCaseStudy parsed;
        try {
            parsed = new CaseStudyImporter(known).parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        Limits.check("The title (first line)", parsed.title(), Limits.TITLE, true);
        Limits.check("The role line", parsed.jobTitle(), Limits.JOB_TITLE, false);
        Limits.check("The context line", parsed.contextLine(), Limits.CONTEXT, false);
        Limits.check("The headline", parsed.headline(), Limits.HEADLINE, false);
        if (parsed.sections().size() > Limits.SECTIONS) {
            throw new InvalidInputException("The document has " + parsed.sections().size()
                    + " sections; a case study can have at most " + Limits.SECTIONS + ".");
        }
        for (ImportedSection s : parsed.sections()) {
            Limits.check("The heading \"" + abbreviate(s.heading()) + "\"", s.heading(), Limits.HEADING, true);
            Limits.check("The section \"" + abbreviate(s.heading()) + "\"", s.body(), Limits.BODY, false);
        }

        Template template = bestTemplate(templates, parsed);
        Map<String, Template.TemplateSection> byHeading = template == null ? Map.of()
                : template.sections().stream().collect(Collectors.toMap(ts -> key(ts.heading()), Function.identity(),
                        (a, b) -> a));
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        long id = repository.insertCaseStudy(me, template == null ? null : template.id(), parsed.title(),
                parsed.jobTitle(), parsed.contextLine(), parsed.headline(), now);
        recordHeader(id, HeaderField.TITLE, parsed.title(), me, now);
        recordHeader(id, HeaderField.JOB_TITLE, parsed.jobTitle(), me, now);
        recordHeader(id, HeaderField.CONTEXT, parsed.contextLine(), me, now);
        recordHeader(id, HeaderField.HEADLINE, parsed.headline(), me, now);
        int position = 1;
        for (ImportedSection s : parsed.sections()) {
            Template.TemplateSection ts = byHeading.get(key(s.heading()));
            String guidance = s.guidance() != null ? s.guidance() : ts == null ? null : ts.guidance();
            insertSection(id, position++, s.heading(), s.body(), guidance, ts == null ? null : ts.minWords(),
                    ts == null ? null : ts.maxWords(), ts != null && ts.outcome(), me, now);
        }
        events.publishEvent(new CaseStudyImported(id, me, parsed.sections().size()));
        return id;
    }

    /**
     * Imports an uploaded .txt or .md file as {@link #importText} does. Refuses, changing nothing, a file that is
     * empty, over 1 MB, binary, or not UTF-8 (rules in {@link ImportFile}).
     */
    @Transactional
    public long importFile(String fileName, byte[] bytes) {
        return importText(ImportFile.decode(fileName, bytes));
    }

    private static Template bestTemplate(List<Template> templates, ImportedCaseStudy parsed) {
        var headings = parsed.sections().stream().map(s -> key(s.heading())).collect(Collectors.toSet());
        return templates.stream()
                .map(t -> Map.entry(t, t.sections().stream().filter(ts -> headings.contains(key(ts.heading()))).count()))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Saves a section's text, written on top of revision {@code baseRevisionId}. Editors and the owner only.
     * If someone else saved the section meanwhile, non-overlapping changes are merged; overlapping ones leave the
     * section as the other person saved it and keep this text as a conflict revision to resolve. Nothing
     * acknowledged is ever lost or overwritten unseen.
     */
    public SaveResult saveSectionText(long sectionId, long baseRevisionId, String text) {
        return save(sectionId, baseRevisionId, text, RevisionKind.EDIT);
    }

    /**
     * Puts an old text of a section back, on top of revision {@code baseRevisionId}: the same rules as
     * {@link #saveSectionText}, and the revision is recorded as a {@link RevisionKind#RESTORE} (PRODUCT.md: "restore an
     * old text (as a new revision)"). Editors and the owner only.
     */
    public SaveResult restoreSectionText(long sectionId, long baseRevisionId, String text) {
        return save(sectionId, baseRevisionId, text, RevisionKind.RESTORE);
    }

    /**
     * Saves what the person chose to keep after a conflict ({@link SaveResult.Conflict}), on top of the revision the
     * conflict showed as the other person's ({@code baseRevisionId}): the same rules as {@link #saveSectionText}, and
     * the revision is recorded as a {@link RevisionKind#RESOLVED} even when the choice is the text the section already
     * has ("use theirs"). Editors and the owner only.
     */
    public SaveResult resolveSectionConflict(long sectionId, long baseRevisionId, String text) {
        return save(sectionId, baseRevisionId, text, RevisionKind.RESOLVED);
    }

    /**
     * Saves a section's text that applies a suggested change of a comment thread: the same rules as
     * {@link #saveSectionText} (merged with concurrent changes), recorded as a {@link RevisionKind#SUGGESTION}.
     * Editors and the owner only. Joins the caller's transaction, so that the comment thread is resolved with it or
     * nothing is written.
     */
    public SaveResult saveSuggestedText(long sectionId, long baseRevisionId, String text) {
        return save(sectionId, baseRevisionId, text, RevisionKind.SUGGESTION);
    }

    private SaveResult save(long sectionId, long baseRevisionId, String text, RevisionKind kind) {
        String body = Limits.check("A section", text, Limits.BODY, false);
        long me = currentUser.id();
        Timer.Sample timing = saveMetrics.start();
        for (int attempt = 1; ; attempt++) {
            try {
                return saveMetrics.done(timing, tx.execute(status -> saveOnce(sectionId, baseRevisionId, body, kind, me)));
            } catch (ConcurrentSaveException | PessimisticLockingFailureException e) {
                // Another save won the race, or the database chose this transaction as a deadlock victim (a save
                // and a structural change of the same case study at the same moment): rolled back, try again.
                if (attempt >= SAVE_ATTEMPTS) {
                    throw new InvalidInputException("The section is being saved by several people at once; "
                            + "your text is still in the editor, try again in a moment.");
                }
            }
        }
    }

    private SaveResult saveOnce(long sectionId, long baseRevisionId, String body, RevisionKind kind, long me) {
        SectionState s = repository.lockSectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        CaseStudyAccess.check(s.role(), Permission.EDIT);
        long current = s.currentRevisionId() == null ? 0 : s.currentRevisionId();
        LocalDateTime now = Times.now(clock);
        if (body.equals(s.body()) && kind != RevisionKind.RESOLVED) {
            return new SaveResult.Saved(current, body);
        }
        if (current == baseRevisionId || body.equals(s.body())) {
            long rev = writeText(s, current, body, kind, me, now);
            return new SaveResult.Saved(rev, body);
        }
        String base = repository.revisionBody(baseRevisionId, sectionId)
                .orElseThrow(() -> new InvalidInputException("The text you started from is unknown; reload the page."));
        Optional<String> merged = ThreeWayMerge.merge(base, s.body(), body);
        if (merged.isPresent()) {
            String m = merged.get();
            if (m.equals(s.body())) {
                return new SaveResult.Merged(current, m);
            }
            long rev = writeText(s, current, m, kind == RevisionKind.RESOLVED ? kind : RevisionKind.MERGE, me, now);
            return new SaveResult.Merged(rev, m);
        }
        WordDiff.Counts diff = WordDiff.count(s.body(), body);
        long conflict = repository.insertRevision(s.caseStudyId(), sectionId, RevisionField.BODY, RevisionKind.CONFLICT, me, now,
                baseRevisionId, s.heading(), body, diff.wordsAdded(), diff.wordsRemoved());
        return new SaveResult.Conflict(current, s.body(), body, conflict);
    }

    private long writeText(SectionState s, long current, String body, RevisionKind kind, long me, LocalDateTime now) {
        WordDiff.Counts diff = WordDiff.count(s.body(), body);
        // No update of the case study row here: the dashboard reads "last change" from the newest revision, so the
        // hot path of autosave writes two rows, and co-editors of one case study do not queue on its row.
        long rev = repository.insertRevision(s.caseStudyId(), s.sectionId(), RevisionField.BODY, kind, me, now, current,
                s.heading(), body, diff.wordsAdded(), diff.wordsRemoved());
        if (!repository.updateSectionBody(s.sectionId(), current, rev, body, me, now)) {
            throw new ConcurrentSaveException();
        }
        events.publishEvent(new SectionSaved(s.caseStudyId(), s.sectionId(), me, rev, kind));
        return rev;
    }

    /*
     * Lock order: every change that updates the case study row does so before it writes rows that refer to the case
     * study (revision, section, activity). Writing such a row takes a shared lock on the case study (the foreign key
     * check); two transactions holding it that then both update the case study deadlock on MySQL/MariaDB. Updating
     * it first makes changes of one case study queue behind one another instead. Saving a section's text does not
     * update the case study row at all; should a save still be chosen as a deadlock victim (it locks its section
     * first, a structural change the case study first), it is rolled back and tried again.
     */

    /** Thrown inside a save transaction when another save won the race; the save is rolled back and tried again. */
    static final class ConcurrentSaveException extends RuntimeException {
        ConcurrentSaveException() {
            super("Concurrent save", null, false, false);
        }
    }

    /**
     * Changes a header field (title, role, context, headline) to {@code value} whatever it is now; editors and the
     * owner. Kept as a revision. The editor uses {@link #saveHeader}, which names the value the change was made from.
     */
    @Transactional
    public void updateHeader(long caseStudyId, HeaderField field, String value) {
        saveHeader(caseStudyId, field, null, value, RevisionKind.EDIT);
    }

    /**
     * Puts an old value of a header field back, recorded as a {@link RevisionKind#RESTORE}; the same rules as
     * {@link #updateHeader}. Returns the new revision's id, or 0 when the value was already current.
     */
    @Transactional
    public long restoreHeader(long caseStudyId, HeaderField field, String value) {
        return saveHeader(caseStudyId, field, null, value, RevisionKind.RESTORE).revisionId();
    }

    /**
     * Saves a header field typed on top of {@code baseValue}, the value the person's editor showed; editors and the
     * owner. The same guarantees as a section's text: when someone else changed the field meanwhile, changes to
     * different words are merged ({@link SaveResult.Merged}); overlapping ones leave the field as the other person
     * saved it and keep this value as a conflict revision ({@link SaveResult.Conflict}). Refuses a value over the
     * field's limit ({@link InvalidInputException}). Saves of one case study's header follow one another (the case
     * study row is locked first), so a base is compared with what is really current.
     */
    @Transactional
    public SaveResult saveHeader(long caseStudyId, HeaderField field, String baseValue, String value) {
        return saveHeader(caseStudyId, field, baseValue, value, RevisionKind.EDIT);
    }

    /**
     * Saves what the person chose to keep after a conflict on a header field, on top of the other person's value
     * ({@code baseValue}); recorded as a {@link RevisionKind#RESOLVED} revision. Editors and the owner.
     */
    @Transactional
    public SaveResult resolveHeaderConflict(long caseStudyId, HeaderField field, String baseValue, String value) {
        return saveHeader(caseStudyId, field, baseValue, value, RevisionKind.RESOLVED);
    }

    private SaveResult saveHeader(long caseStudyId, HeaderField field, String baseValue, String value,
                                  RevisionKind kind) {
        access.require(caseStudyId, Permission.EDIT);
        String v = Limits.check(field.label(), strip(value), field.max(), field.required());
        repository.lockCaseStudy(caseStudyId); // the case study row first: see "Lock order"
        CaseStudy cs = repository.find(caseStudyId, null).orElseThrow(() -> new NotFoundException("Case study"));
        String current = cs.field(field);
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        String base = baseValue == null ? current : strip(baseValue);
        if (v.equals(current) && kind != RevisionKind.RESOLVED) {
            return new SaveResult.Saved(0, v);
        }
        if (base.equals(current) || v.equals(current)) {
            return new SaveResult.Saved(writeHeader(caseStudyId, field, current, v, kind, me, now), v);
        }
        Optional<String> merged = ThreeWayMerge.merge(base, current, v)
                .filter(m -> m.length() <= field.max() && !(field.required() && m.isBlank()));
        if (merged.isPresent()) {
            String m = merged.get();
            long rev = m.equals(current) ? 0 : writeHeader(caseStudyId, field, current, m,
                    kind == RevisionKind.RESOLVED ? kind : RevisionKind.MERGE, me, now);
            return new SaveResult.Merged(rev, m);
        }
        WordDiff.Counts diff = WordDiff.count(current, v);
        long conflict = repository.insertRevision(caseStudyId, null, RevisionField.of(field), RevisionKind.CONFLICT, me,
                now, null, null, v, diff.wordsAdded(), diff.wordsRemoved());
        return new SaveResult.Conflict(0, current, v, conflict);
    }

    private long writeHeader(long caseStudyId, HeaderField field, String old, String v, RevisionKind kind, long me,
                             LocalDateTime now) {
        WordDiff.Counts diff = WordDiff.count(old, v);
        repository.updateHeader(caseStudyId, field, v, me, now);
        long revision = repository.insertRevision(caseStudyId, null, RevisionField.of(field), kind, me,
                now, null, null, v, diff.wordsAdded(), diff.wordsRemoved());
        events.publishEvent(new HeaderChanged(caseStudyId, me, field, revision));
        return revision;
    }

    /** Renames a section whatever its heading is now; editors and the owner. The editor uses the form with a base. */
    @Transactional
    public void renameSection(long sectionId, String heading) {
        renameSection(sectionId, null, heading, RevisionKind.HEADING);
    }

    /**
     * Renames a section, typed on top of {@code baseHeading}, the heading the person's editor showed; editors and the
     * owner. The guarantees of a section's text: a concurrent rename is merged word by word or, when both changed the
     * same words, left as the other person saved it with this heading kept as a conflict revision. Refuses an empty
     * or too long heading ({@link InvalidInputException}).
     */
    @Transactional
    public SaveResult renameSection(long sectionId, String baseHeading, String heading) {
        return renameSection(sectionId, baseHeading, heading, RevisionKind.HEADING);
    }

    /**
     * Puts an old heading of a section back, recorded as a {@link RevisionKind#RESTORE} of its heading; the same rules
     * as {@link #renameSection}. Returns the new revision's id, or 0 when the heading was already current.
     */
    @Transactional
    public long restoreHeading(long sectionId, String heading) {
        return renameSection(sectionId, null, heading, RevisionKind.RESTORE).revisionId();
    }

    /** Saves the heading the person chose after a conflict, on top of the other's ({@link RevisionKind#RESOLVED}). */
    @Transactional
    public SaveResult resolveHeadingConflict(long sectionId, String baseHeading, String heading) {
        return renameSection(sectionId, baseHeading, heading, RevisionKind.RESOLVED);
    }

    private SaveResult renameSection(long sectionId, String baseHeading, String heading, RevisionKind kind) {
        long me = currentUser.id();
        SectionState first = repository.sectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        CaseStudyAccess.check(first.role(), Permission.EDIT);
        String h = Limits.check("A heading", strip(heading), Limits.HEADING, true);
        if (h.equals(first.heading()) && kind != RevisionKind.RESOLVED) {
            return new SaveResult.Saved(0, h);
        }
        LocalDateTime now = Times.now(clock);
        repository.touch(first.caseStudyId(), me, now); // the case study row first: see "Lock order"
        SectionState s = repository.lockSectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        String current = s.heading();
        String base = baseHeading == null ? current : strip(baseHeading);
        if (h.equals(current) && kind != RevisionKind.RESOLVED) {
            return new SaveResult.Saved(0, h);
        }
        if (base.equals(current) || h.equals(current)) {
            return new SaveResult.Saved(writeHeading(s, h, kind, me, now), h);
        }
        Optional<String> merged = ThreeWayMerge.merge(base, current, h)
                .filter(m -> !m.isBlank() && m.length() <= Limits.HEADING);
        if (merged.isPresent()) {
            String m = merged.get();
            long rev = m.equals(current) ? 0 : writeHeading(s, m, kind, me, now);
            return new SaveResult.Merged(rev, m);
        }
        long conflict = repository.insertRevision(s.caseStudyId(), sectionId, RevisionField.HEADING,
                RevisionKind.CONFLICT, me, now, s.currentRevisionId(), h, s.body(), 0, 0);
        return new SaveResult.Conflict(0, current, h, conflict);
    }

    private long writeHeading(SectionState s, String h, RevisionKind kind, long me, LocalDateTime now) {
        long rev = repository.insertRevision(s.caseStudyId(), s.sectionId(), RevisionField.HEADING, kind, me, now,
                s.currentRevisionId(), h, s.body(), 0, 0);
        repository.updateHeading(s.sectionId(), h, me, now);
        events.publishEvent(new SectionRenamed(s.caseStudyId(), s.sectionId(), me, s.heading(), h));
        return rev;
    }

    /** Adds an empty section after {@code afterPosition} (0 for first); editors and the owner; at most 30. */
    @Transactional
    public long addSection(long caseStudyId, String heading, int afterPosition) {
        access.require(caseStudyId, Permission.EDIT);
        String h = Limits.check("A heading", strip(heading), Limits.HEADING, true);
        List<Section> sections = repository.sections(caseStudyId);
        if (sections.size() >= Limits.SECTIONS) {
            throw new InvalidInputException("A case study can have at most " + Limits.SECTIONS + " sections.");
        }
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        repository.touch(caseStudyId, me, now); // the case study row first: see "Lock order"
        long id = insertSection(caseStudyId, afterPosition + 1, h, "", null, null, null, false, me, now);
        List<Long> order = new ArrayList<>(sections.stream().map(Section::id).toList());
        order.add(Math.max(0, Math.min(afterPosition, order.size())), id);
        repository.setPositions(order);
        events.publishEvent(new SectionAdded(caseStudyId, id, me, h, order.indexOf(id) + 1));
        return id;
    }

    /** Removes a section; its text and history are kept, and {@link #undoRemoveSection} brings it back. */
    @Transactional
    public void removeSection(long sectionId) {
        long me = currentUser.id();
        SectionState s = repository.sectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        CaseStudyAccess.check(s.role(), Permission.EDIT);
        LocalDateTime now = Times.now(clock);
        repository.touch(s.caseStudyId(), me, now); // the case study row first: see "Lock order"
        repository.insertRevision(s.caseStudyId(), sectionId, RevisionField.SECTION, RevisionKind.REMOVED, me, now,
                s.currentRevisionId(), s.heading(), s.body(), 0, 0);
        repository.markSectionDeleted(sectionId, now, me);
        repository.setPositions(repository.sections(s.caseStudyId()).stream().map(Section::id).toList());
        events.publishEvent(new SectionRemoved(s.caseStudyId(), sectionId, me, s.heading()));
    }

    /** Brings back a removed section at its old place (or the end). */
    @Transactional
    public void undoRemoveSection(long sectionId, int position) {
        long caseStudyId = repository.deletedSectionCaseStudy(sectionId)
                .orElseThrow(() -> new NotFoundException("Section"));
        access.require(caseStudyId, Permission.EDIT);
        List<Section> sections = repository.sections(caseStudyId);
        if (sections.size() >= Limits.SECTIONS) {
            throw new InvalidInputException("A case study can have at most " + Limits.SECTIONS + " sections.");
        }
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        repository.restoreDeletedSection(sectionId, position, now, me);
        SectionState restored = repository.sectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        repository.insertRevision(caseStudyId, sectionId, RevisionField.SECTION, RevisionKind.RESTORED_SECTION, me, now,
                restored.currentRevisionId(), restored.heading(), restored.body(), 0, 0);
        List<Long> order = new ArrayList<>(sections.stream().map(Section::id).toList());
        order.add(Math.max(0, Math.min(position - 1, order.size())), sectionId);
        repository.setPositions(order);
        events.publishEvent(new SectionRestored(caseStudyId, sectionId, me, restored.heading(),
                order.indexOf(sectionId) + 1));
    }

    /**
     * Brings back a removed section at the place it had when it was removed (or the end), with the text it had then,
     * recorded as {@link RevisionKind#RESTORED_SECTION}. Editors and the owner; {@link NotFoundException} when the
     * section is not removed.
     */
    @Transactional
    public void bringBackSection(long sectionId) {
        int position = repository.deletedSectionPosition(sectionId).orElseThrow(() -> new NotFoundException("Section"));
        undoRemoveSection(sectionId, position);
    }

    /** Moves a section up (negative) or down (positive) by {@code delta} places. */
    @Transactional
    public void moveSection(long sectionId, int delta) {
        long me = currentUser.id();
        SectionState s = repository.sectionState(sectionId, me).orElseThrow(() -> new NotFoundException("Section"));
        CaseStudyAccess.check(s.role(), Permission.EDIT);
        List<Long> order = new ArrayList<>(repository.sections(s.caseStudyId()).stream().map(Section::id).toList());
        int from = order.indexOf(sectionId);
        int to = Math.max(0, Math.min(order.size() - 1, from + delta));
        if (from == to) {
            return;
        }
        order.remove(from);
        order.add(to, sectionId);
        repository.setPositions(order);
        repository.touch(s.caseStudyId(), me, Times.now(clock));
        events.publishEvent(new SectionsReordered(s.caseStudyId(), sectionId, me, from + 1, to + 1));
    }

    /**
     * Deletes a case study; the owner only. Its rows are kept (marked deleted): every member, the owner included,
     * loses access at once, and the owner finds it for {@value #KEPT_DAYS} days in {@link #recentlyDeleted()}, from
     * where {@link #restoreDeleted} brings it back. After that {@link CaseStudyPurge} removes it for good.
     * Errors: {@link NotFoundException} for non-members, {@link org.springframework.security.access.AccessDeniedException}
     * for members other than the owner.
     */
    @Transactional
    public void delete(long caseStudyId) {
        access.require(caseStudyId, Permission.MANAGE);
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        repository.markDeleted(caseStudyId, now); // the case study row first: see "Lock order"
        events.publishEvent(new CaseStudyDeleted(caseStudyId, me));
    }

    /** How long a deleted case study stays in "Recently deleted" before it is purged (PRODUCT.md: 30 days). */
    public static final int KEPT_DAYS = 30;

    /**
     * The case studies the current person owned and deleted in the last {@value #KEPT_DAYS} days, most recently
     * deleted first, each with the moment after which it is purged.
     */
    @Transactional(readOnly = true)
    public List<DeletedCaseStudy> recentlyDeleted() {
        LocalDateTime cutoff = Times.now(clock).minusDays(KEPT_DAYS);
        return repository.deletedOf(currentUser.id(), cutoff, KEPT_DAYS);
    }

    /**
     * Brings back a case study from "Recently deleted" as it was; its members have access again. The owner only,
     * within {@value #KEPT_DAYS} days of the deletion; anyone else, or later, gets {@link NotFoundException}.
     */
    @Transactional
    public void restoreDeleted(long caseStudyId) {
        long me = currentUser.id();
        LocalDateTime now = Times.now(clock);
        if (!repository.undelete(caseStudyId, me, now.minusDays(KEPT_DAYS))) {
            throw new NotFoundException("Deleted case study");
        }
        events.publishEvent(new CaseStudyRestored(caseStudyId, me));
    }

    private long insertSection(long caseStudyId, int position, String heading, String body, String guidance,
                               Integer minWords, Integer maxWords, boolean outcome, long me, LocalDateTime now) {
        long sectionId = repository.insertSection(caseStudyId, position, heading, body, guidance, minWords, maxWords,
                outcome, me, now);
        long rev = repository.insertRevision(caseStudyId, sectionId, RevisionField.BODY, RevisionKind.CREATED, me, now, null,
                heading, body, app.casebook.base.text.Words.count(body), 0);
        repository.setCurrentRevision(sectionId, rev);
        return sectionId;
    }

    /** The first value of a header field is a revision too, so the history can show any point in time. */
    private void recordHeader(long caseStudyId, HeaderField field, String value, long me, LocalDateTime now) {
        if (value != null && !value.isEmpty()) {
            repository.insertRevision(caseStudyId, null, RevisionField.of(field), RevisionKind.CREATED, me, now, null, null,
                    value, app.casebook.base.text.Words.count(value), 0);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String key(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
