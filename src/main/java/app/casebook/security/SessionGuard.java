package app.casebook.security;

import app.casebook.base.DatabaseStatus;
import app.casebook.security.AccountStandings.Standing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of an account whose sessions must end: disabled by an administrator, password reset or changed
 * elsewhere, or removed. Every login carries the account's session epoch ({@link CasebookUser#sessionEpoch()}); a
 * session is valid while the account exists, is enabled and its epoch is not above the session's.
 *
 * <ul>
 *   <li>Services refuse work in an ended session at once ({@link CurrentUser} asks {@link #valid}).</li>
 *   <li>Every HTTP request of an ended session, Vaadin's included, ends the HTTP session ({@link SessionGuardFilter}).</li>
 *   <li>Open windows are sent to the login page: on this node right after the change commits
 *       ({@link AccountSessionsEnded}), on every node by a check every {@code casebook.sessions.check-interval}
 *       (3 s) of the node's Vaadin sessions against the database.</li>
 * </ul>
 * The account's state is read from the database at most every {@link #FRESH} per account and node.
 */
@Component
public class SessionGuard implements VaadinServiceInitListener {

    static final Duration FRESH = Duration.ofSeconds(2);
    static final String ENDED_PAGE = "login?ended";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final AccountStandings standings;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    /** This node's Vaadin sessions of logged-in people, with their account. */
    private final Map<VaadinSession, Long> sessions = new ConcurrentHashMap<>();

    private final DatabaseStatus database;

    SessionGuard(AccountStandings standings, DatabaseStatus database) {
        this.standings = standings;
        this.database = database;
    }

    /** Whether a logged-in person's session may go on. */
    public boolean valid(CasebookUser user) {
        Standing standing = standing(user.accountId(), user.sessionEpoch());
        return valid(user, standing);
    }

    private static boolean valid(CasebookUser user, Standing standing) {
        return standing != null && standing.enabled() && user.sessionEpoch() >= standing.sessionEpoch();
    }

    /** The account's state, at most {@link #FRESH} old; null when the account no longer exists. */
    private Standing standing(long accountId, int sessionEpoch) {
        long now = System.nanoTime();
        Cached cached = cache.get(accountId);
        // A session newer than what we know means the account changed since: read again.
        if (cached == null || now - cached.readAt() > FRESH.toNanos()
                || (cached.standing() != null && sessionEpoch > cached.standing().sessionEpoch())) {
            Standing read;
            Standing keep = cached != null && cached.standing() != null ? cached.standing()
                    : new Standing(true, sessionEpoch == Integer.MAX_VALUE ? 0 : sessionEpoch, false);
            if (!database.isUp()) {
                // Without the database nothing can be done anyway; keep the session rather than log everyone out
                // during an outage, and do not make every request wait for the pool's timeout.
                return keep;
            }
            try {
                read = standings.find(accountId).orElse(null);
            } catch (RuntimeException databaseAway) {
                cache.put(accountId, new Cached(keep, now));
                return keep;
            }
            cached = new Cached(read, now);
            cache.put(accountId, cached);
            if (cache.size() > 100_000) {
                cache.clear();
            }
        }
        return cached.standing();
    }

    /** What the account's state says now, read again from the database. */
    Optional<Standing> fresh(long accountId) {
        cache.remove(accountId);
        return Optional.ofNullable(standing(accountId, Integer.MAX_VALUE));
    }

    /** Right after the change committed: this node's windows of the account go to the login page. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountSessionsEnded ended) {
        cache.remove(ended.accountId());
        List<VaadinSession> ofAccount = sessions.entrySet().stream()
                .filter(e -> e.getValue() == ended.accountId()).map(Map.Entry::getKey).toList();
        if (ofAccount.isEmpty()) {
            return;
        }
        Standing standing = standings.find(ended.accountId()).orElse(null);
        for (VaadinSession session : ofAccount) {
            endIfInvalid(session, standing);
        }
    }

    /** Every node: ends the windows of sessions that another node ended in the database. */
    @Scheduled(fixedDelayString = "${casebook.sessions.check-interval:3s}",
            initialDelayString = "${casebook.sessions.check-interval:3s}")
    void sweep() {
        if (sessions.isEmpty() || !database.isUp()) {
            return;
        }
        try {
            Set<Long> accounts = new HashSet<>(sessions.values());
            Map<Long, Standing> now = standings.findAll(accounts);
            long at = System.nanoTime();
            now.forEach((id, standing) -> cache.put(id, new Cached(standing, at)));
            for (Map.Entry<VaadinSession, Long> e : List.copyOf(sessions.entrySet())) {
                endIfInvalid(e.getKey(), now.get(e.getValue()));
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round tries again, and requests check by themselves.
            log.debug("Could not check open sessions", e);
        }
    }

    private void endIfInvalid(VaadinSession session, Standing standing) {
        CasebookUser user = userOf(session);
        if (user == null) {
            sessions.remove(session);
            return;
        }
        if (valid(user, standing)) {
            return;
        }
        sessions.remove(session);
        try {
            session.access(() -> {
                for (UI ui : session.getUIs()) {
                    ui.getPage().setLocation(ENDED_PAGE);
                }
            });
        } catch (RuntimeException e) {
            log.debug("Could not send a window of an ended session to the login page", e);
        }
    }

    private static CasebookUser userOf(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        Object context;
        try {
            context = wrapped == null ? null
                    : wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return null;
        }
        if (context instanceof SecurityContext sc && sc.getAuthentication() != null
                && sc.getAuthentication().getPrincipal() instanceof CasebookUser user) {
            return user;
        }
        return null;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            remember(ui.getSession());
            // A login inside an open window (or a window opened before it) is remembered on its next navigation.
            ui.addBeforeEnterListener(enter -> remember(ui.getSession()));
        });
        event.getSource().addSessionDestroyListener(destroyed -> sessions.remove(destroyed.getSession()));
    }

    private void remember(VaadinSession session) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof CasebookUser user) {
            sessions.put(session, user.accountId());
        }
    }

    private record Cached(Standing standing, long readAt) {
    }
}
