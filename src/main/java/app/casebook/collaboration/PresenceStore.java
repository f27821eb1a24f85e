package app.casebook.collaboration;

import java.util.Map;

/** Where presence lives: in this node's memory, or in Redis when several nodes share the work. */
public interface PresenceStore {

    record Entry(long accountId, String name, Long sectionId) {
    }

    void put(long caseStudyId, String viewKey, Entry entry);

    /** The removed entry, or null. */
    Entry remove(long caseStudyId, String viewKey);

    boolean contains(long caseStudyId, String viewKey);

    Map<String, Entry> entries(long caseStudyId);
}
