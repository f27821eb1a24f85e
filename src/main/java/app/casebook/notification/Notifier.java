package app.casebook.notification;

import app.casebook.base.Times;
import app.casebook.casestudy.CaseStudyPurging;
import app.casebook.collaboration.PersonChannel;
import app.casebook.comment.CommentAdded;
import app.casebook.comment.CommentMentioned;
import app.casebook.membership.MemberJoined;
import app.casebook.publish.VersionPublished;
import app.casebook.review.ReviewDecided;
import app.casebook.review.ReviewerAdded;
import app.casebook.review.VersionSubmitted;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes notifications from domain events. Each listener is a Spring Modulith {@link ApplicationModuleListener}: it
 * runs after the action's transaction committed, in a transaction of its own, and its delivery is recorded in the
 * event publication registry (table EVENT_PUBLICATION) when the action commits, so a crash in between is made good
 * on the next start. Nobody is notified of their own action. A notification the person wants by e-mail is put in
 * the outbox in the same transaction; the person's open windows are signalled after commit.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository repository;
    private final MailOutbox outbox;
    private final PersonChannel channel;
    private final Clock clock;

    Notifier(NotificationRepository repository, MailOutbox outbox, PersonChannel channel, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.channel = channel;
        this.clock = clock;
    }

    /** The owner hears that someone accepted an invitation to their case study. */
    @ApplicationModuleListener
    void on(MemberJoined e) {
        repository.ownerOf(e.caseStudyId()).ifPresent(owner -> notify(owner, e.caseStudyId(), e.actorId(),
                NotificationKind.INVITATION_ACCEPTED, Map.of("name", e.name(), "role", e.role().name())));
    }

    /** A mentioned member hears of it. */
    @ApplicationModuleListener
    void on(CommentMentioned e) {
        notify(e.accountId(), e.caseStudyId(), e.actorId(), NotificationKind.MENTION,
                Map.of("thread", Long.toString(e.threadId()), "comment", Long.toString(e.commentId())));
    }

    /** Whoever opened the thread or replied in it before hears of a reply (not the one replying). */
    @ApplicationModuleListener
    void on(CommentAdded e) {
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        people.add(e.threadAuthorId());
        people.addAll(repository.commentersOf(e.threadId()));
        for (long person : people) {
            notify(person, e.caseStudyId(), e.actorId(), NotificationKind.REPLY,
                    Map.of("thread", Long.toString(e.threadId()), "section", e.sectionHeading() == null ? ""
                            : e.sectionHeading()));
        }
    }

    /** Every member but the publisher hears that a version went public. */
    @ApplicationModuleListener
    void on(VersionPublished e) {
        for (long member : repository.membersOf(e.caseStudyId())) {
            notify(member, e.caseStudyId(), e.actorId(), NotificationKind.VERSION_PUBLISHED,
                    Map.of("version", Integer.toString(e.versionNumber())));
        }
    }

    /** Each required reviewer of a submitted version hears that their review is asked for (not the submitter). */
    @ApplicationModuleListener
    void on(VersionSubmitted e) {
        for (long reviewer : repository.requiredReviewersOf(e.versionId())) {
            notify(reviewer, e.caseStudyId(), e.actorId(), NotificationKind.REVIEW_REQUESTED,
                    Map.of("version", Integer.toString(e.number())));
        }
    }

    /** A reviewer added to a version already in review hears that their review is asked for. */
    @ApplicationModuleListener
    void on(ReviewerAdded e) {
        notify(e.reviewerId(), e.caseStudyId(), e.actorId(), NotificationKind.REVIEW_REQUESTED,
                Map.of("version", Integer.toString(e.number())));
    }

    /**
     * A reviewer approved or requested changes: the case study's owner hears who decided what, and so does whoever
     * submitted the version when that is someone else (ownership may have moved since). Never the reviewer.
     */
    @ApplicationModuleListener
    void on(ReviewDecided e) {
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        repository.ownerOf(e.caseStudyId()).ifPresent(people::add);
        repository.submitterOf(e.versionId()).ifPresent(people::add);
        for (long person : people) {
            notify(person, e.caseStudyId(), e.actorId(), NotificationKind.DECISION,
                    Map.of("version", Integer.toString(e.number()), "decision", e.decision().name()));
        }
    }

    /** A case study is purged: its notifications go with it. */
    @EventListener
    void on(CaseStudyPurging e) {
        repository.deleteForCaseStudy(e.caseStudyId());
    }

    /**
     * Stores one notification for {@code recipientId}, unless it is the actor's own action; mails it when the person
     * wants this kind by e-mail; signals the person's windows after commit.
     */
    void notify(long recipientId, Long caseStudyId, long actorId, NotificationKind kind, Map<String, String> params) {
        if (recipientId == actorId) {
            return;
        }
        repository.insert(recipientId, caseStudyId, kind, actorId, params, Times.now(clock));
        boolean wantsMail = repository.emailChoices(recipientId).getOrDefault(kind, true);
        if (wantsMail && outbox.enabled()) {
            repository.person(recipientId).ifPresent(person -> {
                String actor = repository.person(actorId).map(NotificationRepository.Person::name).orElse("");
                String title = caseStudyId == null ? "" : repository.titleOf(caseStudyId);
                String text = kind.sentence(params, actor, title);
                String link = outbox.link(kind.path(caseStudyId));
                outbox.queue(person.email(), "Casebook: " + text,
                        "Hello " + person.name() + ",\n\n" + text + "\n\nOpen it: " + link + "\n\n"
                                + "You get this e-mail because you chose \"immediately\" for \"" + kind.label()
                                + "\" in your account. Change it there: " + outbox.link("account") + "\n");
            });
        }
        log.debug("Notification {} for account {}", kind, recipientId);
        signalAfterCommit(recipientId);
    }

    /** Tells the person's open windows that their notifications changed, once the transaction has committed. */
    void signalAfterCommit(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    channel.signal(accountId);
                }
            });
        } else {
            channel.signal(accountId);
        }
    }
}
