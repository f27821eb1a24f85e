package app.casebook.review;

import app.casebook.revision.FieldComparison;
import java.util.List;

/**
 * A version compared with the one the person last decided on ({@code sinceNumber}): every header field and section
 * with its word diff ({@link FieldComparison.Change#UNCHANGED} ones have an empty diff and are shown collapsed), and
 * the owner's note on this version.
 */
public record ChangesSinceReview(long versionId, int number, int sinceNumber, String note,
                                 List<FieldComparison> changes) {

    public long changedCount() {
        return changes.stream().filter(c -> c.change() != FieldComparison.Change.UNCHANGED).count();
    }
}
