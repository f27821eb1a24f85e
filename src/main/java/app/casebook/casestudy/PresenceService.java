package app.casebook.casestudy;

import app.casebook.collaboration.CollaborationBus;
import app.casebook.collaboration.PresenceStore;
import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who is looking at which case study, and which section each is editing. One person may have several windows
 * open; each window is a separate {@code viewKey}. Kept in this node's memory, or in Redis (profile {@code redis}).
 * Changes go to everyone on the case study as {@link PresenceChanged}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PresenceService {

    private final PresenceStore store;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final CollaborationBus bus;

    PresenceService(PresenceStore store, CaseStudyAccess access, CurrentUser currentUser, CollaborationBus bus) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.bus = bus;
    }

    /** Announces that the current person opened a case study in a window; members only. */
    public void join(long caseStudyId, String viewKey) {
        access.require(caseStudyId, Permission.READ);
        CasebookUser me = currentUser.require();
        store.put(caseStudyId, viewKey, new PresenceStore.Entry(me.accountId(), me.displayName(), null));
        announce(caseStudyId, me.accountId());
    }

    /** Announces which section the current person is editing in that window ({@code null}: none). */
    public void editing(long caseStudyId, String viewKey, Long sectionId) {
        CasebookUser me = currentUser.require();
        if (!store.contains(caseStudyId, viewKey)) {
            return;
        }
        store.put(caseStudyId, viewKey, new PresenceStore.Entry(me.accountId(), me.displayName(), sectionId));
        announce(caseStudyId, me.accountId());
    }

    /**
     * A heartbeat of the window (Vaadin's, every {@code vaadin.heartbeat-interval} seconds while the browser is
     * there): its presence lives on for {@link PresenceStore#TTL}. A window whose presence had expired meanwhile (a
     * laptop that slept) is announced again. Without heartbeats (a browser killed, the network lost) the window's
     * presence expires by itself on every node.
     */
    public void heartbeat(long caseStudyId, String viewKey) {
        if (!store.touch(caseStudyId, viewKey)) {
            join(caseStudyId, viewKey);
        }
    }

    /** The window was closed or navigated away. Needs no login: it also runs when a session expires. */
    @PreAuthorize("permitAll()")
    public void leave(long caseStudyId, String viewKey) {
        PresenceStore.Entry removed = store.remove(caseStudyId, viewKey);
        if (removed != null) {
            announce(caseStudyId, removed.accountId());
        }
    }

    /** Everyone present on a case study, one line per person, the one editing something first; members only. */
    public List<Presence> present(long caseStudyId) {
        access.require(caseStudyId, Permission.READ);
        Map<Long, Presence> perPerson = new LinkedHashMap<>();
        for (PresenceStore.Entry e : store.entries(caseStudyId).values()) {
            Presence old = perPerson.get(e.accountId());
            if (old == null || old.editingSectionId() == null) {
                perPerson.put(e.accountId(), new Presence(e.accountId(), e.name(), e.sectionId()));
            }
        }
        List<Presence> result = new ArrayList<>(perPerson.values());
        result.sort(Comparator.comparing(Presence::name));
        return result;
    }

    private void announce(long caseStudyId, long actorId) {
        bus.publish(new PresenceChanged(caseStudyId, actorId));
    }
}
