package app.casebook.comment;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.base.text.MarkdownRenderer;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Limits;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.SaveResult;
import app.casebook.comment.CommentRepository.CommentOwner;
import app.casebook.comment.CommentRepository.SectionText;
import app.casebook.comment.CommentRepository.ThreadRow;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on sections and on quoted passages (PRODUCT.md capability 5, issue 11). Every member may read and
 * comment; strangers and site administrators get "not found". A thread's opener may always resolve it, the owner and
 * editors any thread, reviewers and viewers only their own. Suggested changes are applied (as a normal save of the
 * section) or dismissed by the owner and editors.
 *
 * <p>Anchors are resolved when threads are read, never when a section is saved ({@link Anchors}); what was resolved
 * is kept per thread and section revision.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CommentService {

    /** Characters of one comment. */
    public static final int MAX_COMMENT = 5_000;
    /** Threads of one case study, resolved ones included. */
    public static final int MAX_THREADS = 500;
    /** Characters of a suggested replacement. */
    public static final int MAX_SUGGESTION = 5_000;

    private static final int CACHE_LIMIT = 50_000;

    private final CommentRepository repository;
    private final CaseStudyAccess access;
    private final CaseStudyService caseStudies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<AnchorKey, Anchor> anchors = new ConcurrentHashMap<>();

    private record AnchorKey(long threadId, long revisionId) {
    }

    CommentService(CommentRepository repository, CaseStudyAccess access, CaseStudyService caseStudies,
                   CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.caseStudies = caseStudies;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Every thread of a case study with its comments, oldest first, each anchored against its section's current
     * text (threads of removed sections are left out). Members only; "not found" for anyone else.
     */
    @Transactional(readOnly = true)
    public List<CommentThread> threads(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        Map<Long, SectionText> sections = repository.sections(caseStudyId);
        Map<Long, List<Comment>> comments = repository.commentsOfCaseStudy(caseStudyId);
        Map<Long, List<ResolutionStep>> history = repository.history(caseStudyId);
        Map<Long, List<Long>> mentions = repository.mentions(caseStudyId);
        List<CommentThread> threads = new ArrayList<>();
        for (ThreadRow row : repository.threads(caseStudyId)) {
            SectionText section = sections.get(row.sectionId());
            if (section == null || section.removed()) {
                continue;
            }
            threads.add(assemble(row, section, comments.getOrDefault(row.id(), List.of()),
                    history.getOrDefault(row.id(), List.of()), mentions.getOrDefault(row.id(), List.of())));
        }
        return threads;
    }

    /** One thread, as in {@link #threads}. Members only. */
    @Transactional(readOnly = true)
    public CommentThread thread(long threadId) {
        ThreadRow row = repository.thread(threadId).orElseThrow(() -> new NotFoundException("Thread"));
        access.require(row.caseStudyId(), Permission.READ);
        SectionText section = repository.section(row.sectionId()).orElseThrow(() -> new NotFoundException("Section"));
        List<Comment> comments = repository.comments(List.of(threadId)).getOrDefault(threadId, List.of());
        return assemble(row, section, comments, repository.history(row.caseStudyId()).getOrDefault(threadId, List.of()),
                repository.mentions(row.caseStudyId()).getOrDefault(threadId, List.of()));
    }

    private CommentThread assemble(ThreadRow row, SectionText section, List<Comment> comments,
                                   List<ResolutionStep> history, List<Long> mentioned) {
        return new CommentThread(row.id(), row.caseStudyId(), row.sectionId(), section.heading(), row.createdBy(),
                row.createdByName(), row.createdAt(), row.quote(), row.status(), row.resolvedBy(),
                row.resolvedByName(), row.resolvedAt(), row.suggestion(), row.suggestionState(), List.copyOf(comments),
                List.copyOf(history), List.copyOf(mentioned), anchor(row, section));
    }

    /** Where a thread's quote stands in its section's current text; cached per thread and section revision. */
    private Anchor anchor(ThreadRow row, SectionText section) {
        if (row.quote() == null) {
            return Anchor.NONE;
        }
        AnchorKey key = new AnchorKey(row.id(), section.revisionId());
        Anchor cached = anchors.get(key);
        if (cached != null) {
            return cached;
        }
        Anchor anchor = switch (Anchors.resolve(selector(row), section.body())) {
            case Anchors.Resolution.Anchored a -> new Anchor(Anchor.State.ANCHORED, a.start(), a.end(), a.text());
            case Anchors.Resolution.Outdated o -> Anchor.OUTDATED;
        };
        if (anchors.size() > CACHE_LIMIT) {
            anchors.clear();
        }
        anchors.put(key, anchor);
        return anchor;
    }

    private static Anchors.Selector selector(ThreadRow row) {
        return new Anchors.Selector(row.quote(), row.prefix(), row.suffix(), row.offset() == null ? 0 : row.offset());
    }

    /**
     * Opens a thread on a section ({@code passage} null) or on a quoted passage of it, with its first comment
     * ({@code body}, Markdown, at most {@value #MAX_COMMENT} characters) and, on a passage only, a suggested
     * replacement ({@code suggestion}, may be null). Members only. Refused with a message: an empty or too long text,
     * a quote over {@value Anchors#MAX_QUOTE} characters, the {@value #MAX_THREADS}th thread, a section removed
     * meanwhile. Mentions of members write comment_mention rows. Returns the thread's id.
     */
    @Transactional
    public long openThread(long sectionId, Passage passage, String body, String suggestion) {
        String text = Limits.check("A comment", body, MAX_COMMENT, true);
        String suggested = suggestion == null || suggestion.isEmpty() ? null
                : Limits.check("A suggested change", suggestion, MAX_SUGGESTION, false);
        SectionText section = repository.section(sectionId).orElseThrow(() -> new NotFoundException("Section"));
        access.require(section.caseStudyId(), Permission.COMMENT);
        if (section.removed()) {
            throw new InvalidInputException("The section " + section.heading()
                    + " was removed meanwhile; your comment was not saved.");
        }
        Anchors.Selector selector = null;
        if (passage != null) {
            if (passage.text() == null || passage.start() < 0 || passage.end() > passage.text().length()
                    || passage.start() >= passage.end()) {
                throw new InvalidInputException("Select the words to comment on first.");
            }
            selector = Anchors.select(passage.text(), passage.start(), passage.end());
            if (selector.exact().isBlank()) {
                throw new InvalidInputException("Select the words to comment on first.");
            }
            if (selector.exact().length() > Anchors.MAX_QUOTE) {
                throw new InvalidInputException("A quoted passage can have at most "
                        + String.format(Locale.ENGLISH, "%,d", Anchors.MAX_QUOTE) + " characters; this one has "
                        + String.format(Locale.ENGLISH, "%,d", selector.exact().length())
                        + ". Select less, or comment on the whole section.");
            }
        } else if (suggested != null) {
            throw new InvalidInputException("A suggested change replaces a quoted passage: select the words first.");
        }
        long me = currentUser.id();
        repository.lockCaseStudy(section.caseStudyId());
        if (repository.countThreads(section.caseStudyId()) >= MAX_THREADS) {
            throw new InvalidInputException("This case study already has " + MAX_THREADS
                    + " comment threads, the most it can have. Reply in an existing thread instead.");
        }
        LocalDateTime now = Times.now(clock);
        long threadId = repository.insertThread(section.caseStudyId(), sectionId, me, now, selector,
                section.revisionId() == 0 ? null : section.revisionId(), suggested);
        long commentId = writeComment(section.caseStudyId(), threadId, me, text, now);
        events.publishEvent(new CommentThreadOpened(section.caseStudyId(), me, threadId, sectionId, commentId,
                section.heading(), selector != null, suggested != null));
        return threadId;
    }

    /**
     * Adds a reply to a thread; members only. Refused with a message on a thread resolved meanwhile (reopen it
     * first) or of a section removed meanwhile. Two replies at the same moment are both kept. Returns its id.
     */
    @Transactional
    public long reply(long threadId, String body) {
        String text = Limits.check("A comment", body, MAX_COMMENT, true);
        ThreadRow thread = repository.lockThread(threadId).orElseThrow(() -> new NotFoundException("Thread"));
        access.require(thread.caseStudyId(), Permission.COMMENT);
        SectionText section = liveSection(thread);
        if (thread.status() == ThreadStatus.RESOLVED) {
            throw new InvalidInputException("This thread was resolved meanwhile; reopen it to reply.");
        }
        long me = currentUser.id();
        long commentId = writeComment(thread.caseStudyId(), threadId, me, text, Times.now(clock));
        events.publishEvent(new CommentAdded(thread.caseStudyId(), me, threadId, thread.sectionId(), commentId,
                thread.createdBy(), section.heading()));
        return commentId;
    }

    private long writeComment(long caseStudyId, long threadId, long me, String body, LocalDateTime now) {
        Map<Long, String> members = repository.members(caseStudyId);
        Set<Long> mentioned = Mentions.find(body, members);
        long commentId = repository.insertComment(threadId, me, body, render(body, members, mentioned), now);
        mentioned.remove(me);
        repository.insertMentions(commentId, mentioned);
        for (long accountId : mentioned) {
            events.publishEvent(new CommentMentioned(caseStudyId, me, threadId, commentId, accountId));
        }
        return commentId;
    }

    private static String render(String body, Map<Long, String> members, Set<Long> mentioned) {
        return MarkdownRenderer.toHtml(Mentions.emphasise(body, members, mentioned));
    }

    /**
     * Changes the text of one's own comment (same limits as a new one); mentions are read again. Refused
     * ("access denied") for someone else's comment, and for a deleted one.
     */
    @Transactional
    public void edit(long commentId, String body) {
        String text = Limits.check("A comment", body, MAX_COMMENT, true);
        CommentOwner comment = ownComment(commentId);
        ThreadRow thread = repository.thread(comment.threadId()).orElseThrow(() -> new NotFoundException("Thread"));
        Map<Long, String> members = repository.members(thread.caseStudyId());
        Set<Long> mentioned = Mentions.find(text, members);
        repository.updateComment(commentId, text, render(text, members, mentioned), Times.now(clock));
        List<Long> before = repository.mentionsOf(commentId);
        repository.deleteMentions(commentId);
        long me = currentUser.id();
        mentioned.remove(me);
        repository.insertMentions(commentId, mentioned);
        for (long accountId : mentioned) {
            if (!before.contains(accountId)) {
                events.publishEvent(new CommentMentioned(thread.caseStudyId(), me, thread.id(), commentId, accountId));
            }
        }
        events.publishEvent(new CommentEdited(thread.caseStudyId(), me, thread.id(), thread.sectionId(), commentId));
    }

    /**
     * Deletes one's own comment: it stays in its thread as "comment deleted", so a thread is never silently
     * shortened. Refused ("access denied") for someone else's comment.
     */
    @Transactional
    public void delete(long commentId) {
        CommentOwner comment = ownComment(commentId);
        ThreadRow thread = repository.thread(comment.threadId()).orElseThrow(() -> new NotFoundException("Thread"));
        repository.markDeleted(commentId, Times.now(clock));
        repository.deleteMentions(commentId);
        events.publishEvent(new CommentDeleted(thread.caseStudyId(), currentUser.id(), thread.id(), thread.sectionId(),
                commentId));
    }

    private CommentOwner ownComment(long commentId) {
        CommentOwner comment = repository.lockComment(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        ThreadRow thread = repository.thread(comment.threadId()).orElseThrow(() -> new NotFoundException("Thread"));
        access.require(thread.caseStudyId(), Permission.COMMENT);
        if (comment.authorId() != currentUser.id()) {
            throw new AccessDeniedException("You can change or delete only your own comments.");
        }
        if (comment.deleted()) {
            throw new InvalidInputException("This comment was deleted.");
        }
        return comment;
    }

    /**
     * Resolves a thread: its opener always; the owner and editors any thread; reviewers and viewers only their own
     * ("access denied" otherwise). Resolving a resolved thread changes nothing.
     */
    @Transactional
    public void resolve(long threadId) {
        ThreadRow thread = mayResolve(threadId);
        if (thread.status() == ThreadStatus.RESOLVED) {
            return;
        }
        long me = currentUser.id();
        repository.setStatus(threadId, ThreadStatus.RESOLVED, me, Times.now(clock));
        events.publishEvent(new ThreadResolved(thread.caseStudyId(), me, threadId, thread.sectionId(),
                heading(thread)));
    }

    /** Opens a resolved thread again; the same people as {@link #resolve}. Who resolved it when stays in its history. */
    @Transactional
    public void reopen(long threadId) {
        ThreadRow thread = mayResolve(threadId);
        if (thread.status() == ThreadStatus.OPEN) {
            return;
        }
        long me = currentUser.id();
        repository.setStatus(threadId, ThreadStatus.OPEN, me, Times.now(clock));
        events.publishEvent(new ThreadReopened(thread.caseStudyId(), me, threadId, thread.sectionId(),
                heading(thread)));
    }

    private ThreadRow mayResolve(long threadId) {
        ThreadRow thread = repository.lockThread(threadId).orElseThrow(() -> new NotFoundException("Thread"));
        MemberRole role = access.require(thread.caseStudyId(), Permission.COMMENT);
        if (thread.createdBy() != currentUser.id() && !role.allows(Permission.EDIT)) {
            throw new AccessDeniedException("As " + role.label().toLowerCase(Locale.ROOT)
                    + " you can resolve or reopen only the threads you opened.");
        }
        return thread;
    }

    /** Whether the current person may resolve or reopen this thread (for hiding buttons; the service checks again). */
    public static boolean mayResolve(CommentThread thread, long me, MemberRole role) {
        return thread.createdBy() == me || role.allows(Permission.EDIT);
    }

    /**
     * Applies a thread's suggested change: the quoted passage, as it stands now, is replaced by the suggestion and the
     * section saved as any edit (merged with concurrent changes; the revision records who suggested it); the thread
     * is resolved. The owner and editors only. When the passage changed since the suggestion was made, nothing is
     * applied and the current passage is returned, unless {@code confirmedPassage} names exactly that current
     * passage (the person saw it and chose to apply anyway). Refused with a message when the section was removed,
     * the thread resolved or the suggestion already decided.
     */
    @Transactional
    public ApplyResult applySuggestion(long threadId, String confirmedPassage) {
        ThreadRow thread = pendingSuggestion(threadId);
        SectionText section = liveSection(thread);
        Anchor anchor = anchor(thread, section);
        if (anchor.state() != Anchor.State.ANCHORED) {
            return new ApplyResult.PassageChanged(null);
        }
        boolean unchanged = anchor.text().equals(thread.quote());
        if (!unchanged && !anchor.text().equals(confirmedPassage)) {
            return new ApplyResult.PassageChanged(anchor.text());
        }
        String body = section.body();
        String text = body.substring(0, anchor.start()) + thread.suggestion() + body.substring(anchor.end());
        SaveResult saved = caseStudies.saveSuggestedText(section.id(), section.revisionId(), text);
        if (saved instanceof SaveResult.Conflict) {
            throw new InvalidInputException("Someone changed this passage at the same moment; look at it again.");
        }
        long me = currentUser.id();
        repository.markSuggestedBy(saved.revisionId(), me, thread.createdBy());
        repository.setSuggestionState(threadId, SuggestionState.APPLIED);
        if (thread.status() == ThreadStatus.OPEN) {
            repository.setStatus(threadId, ThreadStatus.RESOLVED, me, Times.now(clock));
        }
        events.publishEvent(new SuggestionApplied(thread.caseStudyId(), me, threadId, thread.sectionId(),
                saved.revisionId(), thread.createdBy(), thread.createdByName(), section.heading()));
        return new ApplyResult.Applied(saved.revisionId());
    }

    /** Dismisses a thread's suggested change and resolves the thread; the owner and editors only. */
    @Transactional
    public void dismissSuggestion(long threadId) {
        ThreadRow thread = pendingSuggestion(threadId);
        SectionText section = repository.section(thread.sectionId()).orElseThrow(() -> new NotFoundException("Section"));
        long me = currentUser.id();
        repository.setSuggestionState(threadId, SuggestionState.DISMISSED);
        if (thread.status() == ThreadStatus.OPEN) {
            repository.setStatus(threadId, ThreadStatus.RESOLVED, me, Times.now(clock));
        }
        events.publishEvent(new SuggestionDismissed(thread.caseStudyId(), me, threadId, thread.sectionId(),
                thread.createdBy(), thread.createdByName(), section.heading()));
    }

    private ThreadRow pendingSuggestion(long threadId) {
        ThreadRow thread = repository.lockThread(threadId).orElseThrow(() -> new NotFoundException("Thread"));
        access.require(thread.caseStudyId(), Permission.EDIT);
        if (thread.suggestion() == null) {
            throw new InvalidInputException("This thread has no suggested change.");
        }
        if (thread.suggestionState() != SuggestionState.PENDING) {
            throw new InvalidInputException("This suggestion was already "
                    + thread.suggestionState().name().toLowerCase(Locale.ROOT) + ".");
        }
        return thread;
    }

    private SectionText liveSection(ThreadRow thread) {
        SectionText section = repository.section(thread.sectionId()).orElseThrow(() -> new NotFoundException("Section"));
        if (section.removed()) {
            throw new InvalidInputException("The section " + section.heading() + " was removed meanwhile.");
        }
        return section;
    }

    private String heading(ThreadRow thread) {
        return repository.section(thread.sectionId()).map(SectionText::heading).orElse("");
    }

    /** How many comments by others the current person has not seen on a case study. Members only. */
    @Transactional(readOnly = true)
    public int unread(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        return repository.unread(currentUser.id(), List.of(caseStudyId)).getOrDefault(caseStudyId, 0);
    }

    /**
     * Unread comments per case study, for the dashboard: one query for all of {@code caseStudyIds}; case studies
     * the person is not a member of, or without unread comments, are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> unread(Collection<Long> caseStudyIds) {
        return repository.unread(currentUser.id(), caseStudyIds);
    }

    /** Marks every comment of a case study as seen by the current person (on opening the comments panel). */
    @Transactional
    public void markRead(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        long newest = repository.newestComment(caseStudyId);
        if (newest > 0) {
            repository.markRead(currentUser.id(), caseStudyId, newest);
        }
    }
}
