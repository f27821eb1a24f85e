package app.casebook.review;

import java.time.Instant;

/**
 * A reviewer's sign-off of one section of a version. {@code carriedFromNumber} is the number of the version they
 * actually signed it off on, when it was carried over because the section's text did not change; null when they
 * signed it off on this version.
 */
public record SignOff(long versionSectionId, Long sectionId, long reviewerId, String reviewerName,
                      SignOffVerdict verdict, String note, Integer carriedFromNumber, Instant signedAt) {

    public boolean carriedOver() {
        return carriedFromNumber != null;
    }
}
