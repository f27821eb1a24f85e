package app.casebook.collaboration;

import java.time.Duration;
import java.util.Map;

/**
 * Where presence lives: in this node's memory, or in Redis when several nodes share the work. An entry lives for
 * {@link #TTL} after it was put or last {@linkplain #touch touched}: an open window touches its entry with every
 * heartbeat, so a window whose browser was killed or lost its network is gone within {@link #TTL} plus one
 * heartbeat, on every node, without anybody removing it.
 */
public interface PresenceStore {

    /** How long an entry lives without a heartbeat of its window. */
    Duration TTL = Duration.ofSeconds(20);

    record Entry(long accountId, String name, Long sectionId) {
    }

    void put(long caseStudyId, String viewKey, Entry entry);

    /** The window is still there: its entry lives {@link #TTL} longer. False when it had expired or was removed. */
    boolean touch(long caseStudyId, String viewKey);

    /** The removed entry, or null. */
    Entry remove(long caseStudyId, String viewKey);

    boolean contains(long caseStudyId, String viewKey);

    /** The live entries of a case study, by window. */
    Map<String, Entry> entries(long caseStudyId);
}
