package app.casebook.revision;

import app.casebook.casestudy.RevisionField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What others changed in a case study since the person's last visit. Empty on a first visit ({@code lastVisitedAt}
 * null): then everything is new and nothing is marked.
 */
public record ChangesSinceVisit(Instant lastVisitedAt, List<Change> changes) {

    /**
     * Who changed one section (or a header field, {@code sectionId} null) since then, newest author first.
     * {@code added}: the section did not exist at the last visit; {@code removed}: it is gone now.
     */
    public record Change(Long sectionId, RevisionField field, String name, List<String> authors, boolean added,
                         boolean removed, Instant lastChangedAt) {
    }

    public Optional<Change> forSection(long sectionId) {
        return changes.stream().filter(c -> c.sectionId() != null && c.sectionId() == sectionId).findFirst();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
