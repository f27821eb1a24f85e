package app.casebook.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Presence of one node, kept in memory; entries expire {@link #TTL} after their window's last heartbeat. */
@Component
@Profile("!redis")
class InMemoryPresenceStore implements PresenceStore {

    private final Clock clock;
    private final Map<Long, Map<String, Stamped>> byCaseStudy = new ConcurrentHashMap<>();

    InMemoryPresenceStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(long caseStudyId, String viewKey, Entry entry) {
        byCaseStudy.computeIfAbsent(caseStudyId, id -> new ConcurrentHashMap<>())
                .put(viewKey, new Stamped(entry, clock.instant()));
    }

    @Override
    public boolean touch(long caseStudyId, String viewKey) {
        Map<String, Stamped> entries = byCaseStudy.get(caseStudyId);
        if (entries == null) {
            return false;
        }
        Instant now = clock.instant();
        Stamped touched = entries.computeIfPresent(viewKey,
                (k, old) -> old.expired(now) ? null : new Stamped(old.entry(), now));
        return touched != null;
    }

    @Override
    public Entry remove(long caseStudyId, String viewKey) {
        Map<String, Stamped> entries = byCaseStudy.get(caseStudyId);
        Stamped removed = entries == null ? null : entries.remove(viewKey);
        return removed == null || removed.expired(clock.instant()) ? null : removed.entry();
    }

    @Override
    public boolean contains(long caseStudyId, String viewKey) {
        Map<String, Stamped> entries = byCaseStudy.get(caseStudyId);
        Stamped s = entries == null ? null : entries.get(viewKey);
        return s != null && !s.expired(clock.instant());
    }

    @Override
    public Map<String, Entry> entries(long caseStudyId) {
        Map<String, Stamped> entries = byCaseStudy.get(caseStudyId);
        if (entries == null) {
            return Map.of();
        }
        Instant now = clock.instant();
        entries.values().removeIf(s -> s.expired(now));
        Map<String, Entry> live = new HashMap<>();
        entries.forEach((k, s) -> live.put(k, s.entry()));
        if (entries.isEmpty()) {
            byCaseStudy.remove(caseStudyId, entries);
        }
        return Map.copyOf(live);
    }

    private record Stamped(Entry entry, Instant seen) {
        boolean expired(Instant now) {
            return !seen.plus(TTL).isAfter(now);
        }
    }
}
