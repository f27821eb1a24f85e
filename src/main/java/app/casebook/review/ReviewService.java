package app.casebook.review;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.base.text.WordDiff;
import app.casebook.casestudy.CaseStudy;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.QualityChecks;
import app.casebook.casestudy.Section;
import app.casebook.membership.MemberRemoved;
import app.casebook.membership.MemberRoleChanged;
import app.casebook.membership.MemberService;
import app.casebook.review.ReviewRepository.EarlierSignOff;
import app.casebook.review.ReviewRepository.VersionRow;
import app.casebook.review.ReviewWorkflow.Action;
import app.casebook.review.ReviewWorkflow.Actor;
import app.casebook.review.ReviewWorkflow.Refusal;
import app.casebook.revision.FieldComparison;
import app.casebook.revision.FieldComparison.Change;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review and approval (PRODUCT.md capability 7): the owner submits the current text as a numbered, frozen version
 * with a note and required reviewers; each required reviewer approves or requests changes, and may sign off single
 * sections first; the owner may withdraw a version still in review. The rules are {@link ReviewWorkflow}'s.
 *
 * <p>Errors: {@link NotFoundException} for anyone who is not a member (and unknown ids);
 * {@link AccessDeniedException} for a member whose part does not allow the action (the owner deciding, an editor
 * signing off…); {@link InvalidInputException} for input over a limit and for an action the version's state no
 * longer allows (already decided, withdrawn, another version in review), with a message to show;
 * {@link SubmissionRefused} when the quality checks refuse a submission. Events: {@link VersionSubmitted},
 * {@link VersionWithdrawn}, {@link ReviewDecided}, {@link VersionDecided}, {@link SectionSignedOff},
 * {@link ReviewerAdded}, {@link ReviewerRemoved}.
 *
 * <p>Every change locks the case study's row first, so that the changes of one case study's review happen one after
 * the other, and a change the database picked as a deadlock victim is tried again. The case study's cached status
 * (case_study.status) is written here only, from its versions.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    /** Longest note on a version, and longest decision comment, in characters. */
    public static final int NOTE_MAX = 2_000;
    public static final int COMMENT_MAX = 2_000;
    /** Longest note on a section's sign-off, in characters. */
    public static final int SIGN_OFF_NOTE_MAX = 500;
    /** Most required reviewers on one version. */
    public static final int REVIEWERS_MAX = 20;

    private static final int ATTEMPTS = 5;

    private final ReviewRepository repository;
    private final CaseStudyAccess access;
    private final CaseStudyService caseStudies;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    ReviewService(ReviewRepository repository, CaseStudyAccess access, CaseStudyService caseStudies,
                  MemberService members, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
                  PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.access = access;
        this.caseStudies = caseStudies;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.tx = new TransactionTemplate(transactionManager);
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The versions of a case study, newest first, with each required reviewer's decision. Every member. */
    @Transactional(readOnly = true)
    public List<Version> versions(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        return repository.versions(caseStudyId);
    }

    /**
     * A version exactly as it was submitted: header fields, sections in order (heading, text, the revision each came
     * from), its content hash and every decision on it (an approval names the content hash it approved). Every
     * member of the case study; this is what publishing an approved version reads.
     */
    @Transactional(readOnly = true)
    public FrozenVersion frozenVersion(long versionId) {
        Version v = readableVersion(versionId);
        ReviewRepository.Header h = repository.header(versionId);
        return new FrozenVersion(v, h.title(), h.jobTitle(), h.contextLine(), h.headline(),
                repository.sections(versionId));
    }

    /** One version with its decisions (no text). Every member. */
    @Transactional(readOnly = true)
    public Version version(long versionId) {
        return readableVersion(versionId);
    }

    /** The sign-offs of every required reviewer on a version's sections, in section order. Every member. */
    @Transactional(readOnly = true)
    public List<SignOff> signOffs(long versionId) {
        readableVersion(versionId);
        return repository.signOffs(versionId);
    }

    /** The case study's status from its versions ({@link ReviewStatus}). Every member. */
    @Transactional(readOnly = true)
    public ReviewStatus status(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        return repository.statuses(currentUser.id(), List.of(caseStudyId)).getOrDefault(caseStudyId, ReviewStatus.DRAFT);
    }

    /**
     * The status of each of the given case studies the current person is a member of, in one query (for the
     * dashboard); case studies they are not on are left out, those without versions are Draft.
     */
    @Transactional(readOnly = true)
    public Map<Long, ReviewStatus> statuses(Collection<Long> caseStudyIds) {
        if (caseStudyIds.isEmpty()) {
            return Map.of();
        }
        return repository.statuses(currentUser.id(), Set.copyOf(caseStudyIds));
    }

    /** "Awaiting my review": versions in review on which the current person is required and has not decided yet. */
    @Transactional(readOnly = true)
    public List<AwaitingReview> awaitingMyReview() {
        return repository.awaiting(currentUser.id());
    }

    /**
     * What the owner needs to submit: blocking issues and warnings of the quality checks on the current text, the
     * members who can be named as required reviewers, and the number of the version in review (null if none). The
     * owner only.
     */
    @Transactional(readOnly = true)
    public SubmissionCheck submissionCheck(long caseStudyId) {
        MemberRole role = access.require(caseStudyId, Permission.READ);
        refuse(Action.SUBMIT, Actor.of(role, false), null);
        List<QualityChecks.Issue> issues = caseStudies.qualityReport(caseStudyId);
        List<SubmissionCheck.Candidate> candidates = members.members(caseStudyId).stream()
                .filter(m -> m.role() == MemberRole.REVIEWER)
                .map(m -> new SubmissionCheck.Candidate(m.accountId(), m.displayName())).toList();
        Integer inReview = repository.versions(caseStudyId).stream().filter(v -> v.status() == VersionStatus.IN_REVIEW)
                .map(Version::number).findFirst().orElse(null);
        return new SubmissionCheck(issues.stream().filter(ReviewService::blocks).toList(),
                issues.stream().filter(i -> !blocks(i)).toList(), candidates, inReview);
    }

    /**
     * "Changes since you last reviewed": the version compared with the newest earlier version on which the current
     * person made a decision, header field by header field and section by section, with a word diff of each changed
     * one (unchanged ones have an empty diff), and the owner's note. Empty when they decided on no earlier version.
     * Every member (each for their own last decision).
     */
    @Transactional(readOnly = true)
    public Optional<ChangesSinceReview> changesSinceMyLastReview(long versionId) {
        Version v = readableVersion(versionId);
        return repository.lastDecidedVersion(v.caseStudyId(), currentUser.id(), v.number())
                .map(older -> compare(older, v));
    }

    /** Two versions of one case study compared, older first, as {@link #changesSinceMyLastReview}. Every member. */
    @Transactional(readOnly = true)
    public ChangesSinceReview compareVersions(long olderVersionId, long newerVersionId) {
        Version newer = readableVersion(newerVersionId);
        Version older = readableVersion(olderVersionId);
        if (older.caseStudyId() != newer.caseStudyId()) {
            throw new NotFoundException("Version");
        }
        return compare(older.id(), newer);
    }

    private ChangesSinceReview compare(long olderId, Version newer) {
        int olderNumber = repository.version(olderId).map(Version::number).orElseThrow();
        ReviewRepository.Header a = repository.header(olderId);
        ReviewRepository.Header b = repository.header(newer.id());
        List<FieldComparison> result = new ArrayList<>();
        result.add(field(HeaderField.TITLE, a.title(), b.title()));
        result.add(field(HeaderField.JOB_TITLE, a.jobTitle(), b.jobTitle()));
        result.add(field(HeaderField.CONTEXT, a.contextLine(), b.contextLine()));
        result.add(field(HeaderField.HEADLINE, a.headline(), b.headline()));
        List<VersionSection> before = repository.sections(olderId);
        List<VersionSection> after = repository.sections(newer.id());
        Map<Object, VersionSection> beforeByKey = before.stream()
                .collect(Collectors.toMap(ReviewService::key, Function.identity(), (x, y) -> x));
        Set<Object> seen = new LinkedHashSet<>();
        for (VersionSection s : after) {
            VersionSection old = beforeByKey.get(key(s));
            seen.add(key(s));
            if (old == null) {
                result.add(new FieldComparison("section-" + key(s), s.heading(), s.sectionId(), Change.ADDED,
                        WordDiff.compare("", s.body())));
            } else if (old.contentHash().equals(s.contentHash())) {
                result.add(new FieldComparison("section-" + key(s), s.heading(), s.sectionId(), Change.UNCHANGED,
                        new WordDiff.Result(List.of(), 0, 0)));
            } else {
                String label = old.heading().equals(s.heading()) ? s.heading() : old.heading() + " → " + s.heading();
                result.add(new FieldComparison("section-" + key(s), label, s.sectionId(), Change.CHANGED,
                        WordDiff.compare(old.body(), s.body())));
            }
        }
        for (VersionSection old : before) {
            if (!seen.contains(key(old))) {
                result.add(new FieldComparison("section-" + key(old), old.heading(), old.sectionId(), Change.REMOVED,
                        WordDiff.compare(old.body(), "")));
            }
        }
        return new ChangesSinceReview(newer.id(), newer.number(), olderNumber, newer.note(), List.copyOf(result));
    }

    private static Object key(VersionSection s) {
        return s.sectionId() != null ? s.sectionId() : "p" + s.position();
    }

    private static FieldComparison field(HeaderField field, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        Change change = x.equals(y) ? Change.UNCHANGED : x.isEmpty() ? Change.ADDED : y.isEmpty() ? Change.REMOVED
                : Change.CHANGED;
        return new FieldComparison(field.name().toLowerCase(Locale.ROOT), field.label(), null, change,
                change == Change.UNCHANGED ? new WordDiff.Result(List.of(), 0, 0) : WordDiff.compare(x, y));
    }

    private Version readableVersion(long versionId) {
        long caseStudyId = repository.caseStudyOf(versionId).orElseThrow(() -> new NotFoundException("Version"));
        access.require(caseStudyId, Permission.READ);
        return repository.version(versionId).orElseThrow(() -> new NotFoundException("Version"));
    }

    // -------------------------------------------------------------------------------------------------- changing

    /**
     * Submits the case study's current text as its next numbered version, frozen (header fields and every section
     * with the revision it came from, and a SHA-256 content hash, {@link VersionHash}), with a note of at most
     * {@value #NOTE_MAX} characters and one or more required reviewers, each a member with the reviewer role. The
     * owner only, and only while no other version is in review. The quality checks run first: a placeholder left or
     * an empty section refuses it ({@link SubmissionRefused#blocking()}); length ranges and a missing measurable
     * outcome refuse it until {@code warningsConfirmed}. A reviewer's sign-offs of earlier versions carry over to
     * sections whose heading and text are byte-identical to what they signed off. Returns the version's id.
     */
    public long submit(long caseStudyId, String note, Collection<Long> reviewerIds, boolean warningsConfirmed) {
        String n = limit("The note", note, NOTE_MAX);
        Set<Long> reviewers = reviewerIds == null ? Set.of() : new LinkedHashSet<>(reviewerIds);
        long me = currentUser.id();
        return inTransaction(() -> {
            lock(caseStudyId);
            MemberRole role = access.require(caseStudyId, Permission.READ);
            List<VersionRow> versions = repository.lockVersions(caseStudyId);
            VersionStatus newest = versions.isEmpty() ? null : versions.getFirst().status();
            refuse(Action.SUBMIT, Actor.of(role, false), versions.stream()
                    .anyMatch(v -> v.status() == VersionStatus.IN_REVIEW) ? VersionStatus.IN_REVIEW : newest);
            if (reviewers.isEmpty()) {
                throw new InvalidInputException("Name at least one required reviewer.");
            }
            if (reviewers.size() > REVIEWERS_MAX) {
                throw new InvalidInputException("A version can have at most " + REVIEWERS_MAX + " required reviewers.");
            }
            for (long r : reviewers) {
                if (access.roleOf(caseStudyId, r).orElse(null) != MemberRole.REVIEWER) {
                    throw new InvalidInputException(repository.accountName(r)
                            + " is not a reviewer of this case study: only members with the reviewer role can be "
                            + "required reviewers.");
                }
            }
            CaseStudyDetails details = caseStudies.get(caseStudyId);
            List<QualityChecks.Issue> issues = QualityChecks.check(details.sections());
            List<QualityChecks.Issue> blocking = issues.stream().filter(ReviewService::blocks).toList();
            if (!blocking.isEmpty()) {
                throw new SubmissionRefused(blocking, true);
            }
            if (!issues.isEmpty() && !warningsConfirmed) {
                throw new SubmissionRefused(issues, false);
            }
            if (details.sections().isEmpty()) {
                throw new InvalidInputException("The case study has no sections: there is nothing to submit.");
            }
            CaseStudy cs = details.caseStudy();
            List<VersionSection> sections = new ArrayList<>();
            for (Section s : details.sections()) {
                sections.add(new VersionSection(0, s.id(), s.revisionId() == 0 ? null : s.revisionId(), s.position(),
                        s.heading(), s.body(), VersionHash.section(s.heading(), s.body())));
            }
            String hash = VersionHash.of(cs.title(), cs.jobTitle(), cs.contextLine(), cs.headline(),
                    sections.stream().map(VersionSection::contentHash).toList());
            int number = versions.isEmpty() ? 1 : versions.getFirst().number() + 1;
            LocalDateTime now = Times.now(clock);
            long versionId = repository.insertVersion(caseStudyId, number, n, cs.title(), cs.jobTitle(),
                    cs.contextLine(), cs.headline(), hash, me, now);
            Map<Long, Long> rowIds = repository.insertSections(versionId, sections);
            repository.insertReviewers(versionId, reviewers);
            int carried = 0;
            if (number > 1) {
                Map<String, EarlierSignOff> earlier = repository.newestSignOffs(caseStudyId, number, reviewers);
                for (VersionSection s : sections) {
                    for (long r : reviewers) {
                        EarlierSignOff e = earlier.get(r + ":" + s.sectionId());
                        if (e != null && e.contentHash().equals(s.contentHash())) {
                            repository.saveSignOff(versionId, rowIds.get(s.sectionId()), r, e.verdict(), e.note(),
                                    e.contentHash(), e.signedOnVersionId(), e.signedAt());
                            carried++;
                        }
                    }
                }
            }
            updateCaseStudyStatus(caseStudyId);
            events.publishEvent(new VersionSubmitted(caseStudyId, me, versionId, number, reviewers.size(), carried));
            return versionId;
        });
    }

    /** Withdraws a version still in review; the owner only. It stays readable, marked withdrawn. */
    public void withdraw(long versionId) {
        long me = currentUser.id();
        long caseStudyId = caseStudyOf(versionId);
        inTransaction(() -> {
            lock(caseStudyId);
            MemberRole role = access.require(caseStudyId, Permission.READ);
            VersionRow v = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
            refuse(Action.WITHDRAW, Actor.of(role, false), v.status());
            repository.setStatus(versionId, VersionStatus.WITHDRAWN, Times.now(clock));
            updateCaseStudyStatus(caseStudyId);
            events.publishEvent(new VersionWithdrawn(caseStudyId, me, versionId, v.number()));
            return null;
        });
    }

    /**
     * Approves a version in review, with an optional comment of at most {@value #COMMENT_MAX} characters; the
     * version's required reviewers only. The approval stores the version's content hash. The version is approved
     * when every required reviewer has. Approving again what one already approved changes nothing (a double
     * click). Returns the version's state afterwards.
     */
    public VersionStatus approve(long versionId, String comment) {
        return decide(versionId, ReviewDecision.APPROVED, comment);
    }

    /**
     * Requests changes on a version in review, with a comment saying what (required, at most {@value #COMMENT_MAX}
     * characters); the version's required reviewers only. The version is then decided: changes requested, and the
     * owner continues on the draft. Returns the version's state afterwards.
     */
    public VersionStatus requestChanges(long versionId, String comment) {
        return decide(versionId, ReviewDecision.CHANGES_REQUESTED, comment);
    }

    private VersionStatus decide(long versionId, ReviewDecision decision, String comment) {
        String c = limit("The comment", comment, COMMENT_MAX).strip();
        if (decision == ReviewDecision.CHANGES_REQUESTED && c.isBlank()) {
            throw new InvalidInputException("Say what should change: a comment is required to request changes.");
        }
        long me = currentUser.id();
        long caseStudyId = caseStudyOf(versionId);
        return inTransaction(() -> {
            lock(caseStudyId);
            MemberRole role = access.require(caseStudyId, Permission.READ);
            VersionRow v = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
            List<Long> required = repository.lockRequiredReviewers(versionId);
            Action action = decision == ReviewDecision.APPROVED ? Action.APPROVE : Action.REQUEST_CHANGES;
            refuse(action, Actor.of(role, required.contains(me)), v.status());
            Map<Long, ReviewDecision> decisions = repository.lockDecisions(versionId);
            ReviewDecision previous = decisions.get(me);
            if (previous == decision && c.equals(repository.decisionComment(versionId, me).orElse(null))) {
                return v.status();
            }
            LocalDateTime now = Times.now(clock);
            repository.saveDecision(versionId, me, decision, c, v.contentHash(), now);
            decisions.put(me, decision);
            events.publishEvent(new ReviewDecided(caseStudyId, me, versionId, v.number(), decision, previous != null));
            VersionStatus after = ReviewWorkflow.afterDecisions(required, decisions);
            settle(caseStudyId, v, after, me, now);
            return after;
        });
    }

    /**
     * Marks one section of a version in review as looking good or needing work, with a note of at most
     * {@value #SIGN_OFF_NOTE_MAX} characters; the version's required reviewers only, before or besides their
     * decision. Signing off the same section again replaces the earlier sign-off.
     */
    public void signOff(long versionId, long sectionId, SignOffVerdict verdict, String note) {
        Objects.requireNonNull(verdict, "verdict");
        String n = limit("The note", note, SIGN_OFF_NOTE_MAX).strip();
        long me = currentUser.id();
        long caseStudyId = caseStudyOf(versionId);
        inTransaction(() -> {
            lock(caseStudyId);
            MemberRole role = access.require(caseStudyId, Permission.READ);
            VersionRow v = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
            List<Long> required = repository.lockRequiredReviewers(versionId);
            refuse(Action.SIGN_OFF, Actor.of(role, required.contains(me)), v.status());
            VersionSection s = repository.section(versionId, sectionId)
                    .orElseThrow(() -> new NotFoundException("Section"));
            repository.saveSignOff(versionId, s.id(), me, verdict, n, s.contentHash(), null, Times.now(clock));
            events.publishEvent(new SectionSignedOff(caseStudyId, me, versionId, v.number(), sectionId, s.heading(),
                    verdict));
            return null;
        });
    }

    /** Adds a required reviewer (a member with the reviewer role) to a version in review; the owner only. */
    public void addReviewer(long versionId, long reviewerId) {
        long me = currentUser.id();
        long caseStudyId = caseStudyOf(versionId);
        inTransaction(() -> {
            lock(caseStudyId);
            MemberRole role = access.require(caseStudyId, Permission.READ);
            VersionRow v = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
            refuse(Action.ADD_REVIEWER, Actor.of(role, false), v.status());
            List<Long> required = repository.lockRequiredReviewers(versionId);
            if (required.contains(reviewerId)) {
                return null;
            }
            if (access.roleOf(caseStudyId, reviewerId).orElse(null) != MemberRole.REVIEWER) {
                throw new InvalidInputException(repository.accountName(reviewerId)
                        + " is not a reviewer of this case study.");
            }
            if (required.size() >= REVIEWERS_MAX) {
                throw new InvalidInputException("A version can have at most " + REVIEWERS_MAX + " required reviewers.");
            }
            repository.insertReviewers(versionId, List.of(reviewerId));
            events.publishEvent(new ReviewerAdded(caseStudyId, me, versionId, v.number(), reviewerId,
                    repository.accountName(reviewerId)));
            return null;
        });
    }

    /**
     * A member left the case study, or is no longer a reviewer: they stop being a required reviewer of the version in
     * review, whose state is worked out again from the decisions of those left (it may now be approved). Runs in the
     * transaction of the membership change.
     */
    @EventListener
    void on(MemberRemoved e) {
        dropReviewer(e.caseStudyId(), e.accountId(), e.name(), e.actorId());
    }

    @EventListener
    void on(MemberRoleChanged e) {
        if (e.previousRole() == MemberRole.REVIEWER && e.role() != MemberRole.REVIEWER) {
            dropReviewer(e.caseStudyId(), e.accountId(), e.name(), e.actorId());
        }
    }

    private void dropReviewer(long caseStudyId, long reviewerId, String name, long actorId) {
        List<Long> versionIds = repository.inReviewWithReviewer(caseStudyId, reviewerId);
        if (versionIds.isEmpty()) {
            return;
        }
        lock(caseStudyId);
        LocalDateTime now = Times.now(clock);
        for (long versionId : versionIds) {
            VersionRow v = repository.lockVersion(versionId).orElseThrow();
            if (v.status() != VersionStatus.IN_REVIEW) {
                continue;
            }
            repository.deleteReviewer(versionId, reviewerId);
            events.publishEvent(new ReviewerRemoved(caseStudyId, actorId, versionId, v.number(), reviewerId, name));
            VersionStatus after = ReviewWorkflow.afterDecisions(repository.lockRequiredReviewers(versionId),
                    repository.lockDecisions(versionId));
            settle(caseStudyId, v, after, actorId, now);
        }
    }

    /** Records a version's new state when its decisions decided it, and the case study's status. */
    private void settle(long caseStudyId, VersionRow v, VersionStatus after, long actorId, LocalDateTime now) {
        if (after == v.status()) {
            return;
        }
        if (!ReviewWorkflow.canMove(v.status(), after)) {
            throw new IllegalStateException("Version " + v.id() + " cannot move from " + v.status() + " to " + after);
        }
        repository.setStatus(v.id(), after, now);
        updateCaseStudyStatus(caseStudyId);
        events.publishEvent(new VersionDecided(caseStudyId, actorId, v.id(), v.number(), after));
    }

    private void updateCaseStudyStatus(long caseStudyId) {
        List<VersionRow> versions = repository.lockVersions(caseStudyId);
        ReviewStatus status = versions.stream().filter(v -> v.status() != VersionStatus.WITHDRAWN).findFirst()
                .map(v -> ReviewStatus.of(v.status(), v.number())).orElse(ReviewStatus.DRAFT);
        repository.setCaseStudyStatus(caseStudyId, status.status());
    }

    private static boolean blocks(QualityChecks.Issue issue) {
        return issue.kind() == QualityChecks.Kind.PLACEHOLDER || issue.kind() == QualityChecks.Kind.EMPTY;
    }

    private void lock(long caseStudyId) {
        if (!repository.lockCaseStudy(caseStudyId)) {
            throw new NotFoundException("Case study");
        }
    }

    private long caseStudyOf(long versionId) {
        return repository.caseStudyOf(versionId).orElseThrow(() -> new NotFoundException("Version"));
    }

    private static void refuse(Action action, Actor actor, VersionStatus state) {
        Optional<Refusal> refusal = ReviewWorkflow.refusal(action, actor, state);
        if (refusal.isPresent()) {
            throw refusal.get().kind() == Refusal.Kind.NOT_YOUR_PART
                    ? new AccessDeniedException(refusal.get().message())
                    : new InvalidInputException(refusal.get().message());
        }
    }

    private static String limit(String what, String value, int max) {
        String v = value == null ? "" : value;
        if (v.length() > max) {
            throw new InvalidInputException(what + " can have at most " + String.format(Locale.ENGLISH, "%,d", max)
                    + " characters; this one has " + String.format(Locale.ENGLISH, "%,d", v.length()) + ".");
        }
        return v;
    }

    /** Runs a change in its own transaction; one the database chose as a deadlock victim is tried again. */
    private <T> T inTransaction(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> change.get());
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw new InvalidInputException("Several people are changing this review at once; try again in "
                            + "a moment.");
                }
            }
        }
    }

}
