package app.casebook.notification;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in person's own notifications and e-mail choices. Nobody reads or marks another person's
 * notifications: an id of someone else's answers "not found". Notifications are made by {@link Notifier} from
 * domain events, never through this service.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** The most a page of notifications may hold. */
    public static final int MAX_PAGE = 100;

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;

    NotificationService(NotificationRepository repository, CurrentUser currentUser, Notifier notifier, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A page of my notifications, newest first; {@code limit} 1–{@value #MAX_PAGE}. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("A page holds 1 to " + MAX_PAGE + " notifications.");
        }
        return repository.page(currentUser.id(), offset, limit);
    }

    /** How many notifications I have in all. */
    @Transactional(readOnly = true)
    public int count() {
        return repository.count(currentUser.id());
    }

    /** How many of my notifications are unread (the number on the bell). */
    @Transactional(readOnly = true)
    public int unreadCount() {
        return repository.countUnread(currentUser.id());
    }

    /**
     * How many of my notifications are unread per case study, for the dashboard, in one query; case studies without
     * unread notifications of mine are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> unreadByCaseStudy(java.util.Collection<Long> caseStudyIds) {
        return repository.unreadByCaseStudy(currentUser.id(), caseStudyIds == null ? List.of() : caseStudyIds);
    }

    /** Marks one of my notifications read (already read: nothing changes). Someone else's: "not found". */
    @Transactional
    public void markRead(long notificationId) {
        long me = currentUser.id();
        if (!repository.exists(notificationId, me)) {
            throw new NotFoundException("Notification");
        }
        if (repository.markRead(notificationId, me, Times.now(clock))) {
            notifier.signalAfterCommit(me);
        }
    }

    /** Marks all my notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        long me = currentUser.id();
        int n = repository.markAllRead(me, Times.now(clock));
        if (n > 0) {
            notifier.signalAfterCommit(me);
        }
        return n;
    }

    /** My e-mail choice per kind: true "immediately", false "never". Without a choice: immediately. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Boolean> emailChoices() {
        Map<NotificationKind, Boolean> out = new EnumMap<>(NotificationKind.class);
        Map<NotificationKind, Boolean> stored = repository.emailChoices(currentUser.id());
        for (NotificationKind k : NotificationKind.values()) {
            out.put(k, stored.getOrDefault(k, true));
        }
        return out;
    }

    /** Sets my e-mail choice for one kind. */
    @Transactional
    public void setEmail(NotificationKind kind, boolean immediately) {
        if (kind == null) {
            throw new InvalidInputException("Choose a kind of notification.");
        }
        repository.setEmail(currentUser.id(), kind, immediately);
    }
}
