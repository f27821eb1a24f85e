package app.casebook.collaboration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Presence of one node, kept in memory. */
@Component
@Profile("!redis")
class InMemoryPresenceStore implements PresenceStore {

    private final Map<Long, Map<String, Entry>> byCaseStudy = new ConcurrentHashMap<>();

    @Override
    public void put(long caseStudyId, String viewKey, Entry entry) {
        byCaseStudy.computeIfAbsent(caseStudyId, id -> new ConcurrentHashMap<>()).put(viewKey, entry);
    }

    @Override
    public Entry remove(long caseStudyId, String viewKey) {
        Map<String, Entry> entries = byCaseStudy.get(caseStudyId);
        return entries == null ? null : entries.remove(viewKey);
    }

    @Override
    public boolean contains(long caseStudyId, String viewKey) {
        Map<String, Entry> entries = byCaseStudy.get(caseStudyId);
        return entries != null && entries.containsKey(viewKey);
    }

    @Override
    public Map<String, Entry> entries(long caseStudyId) {
        return Map.copyOf(byCaseStudy.getOrDefault(caseStudyId, Map.of()));
    }
}
