package app.casebook.casestudy;

import java.time.Instant;

/**
 * A case study its owner deleted, in the "Recently deleted" list: restorable until {@code purgeAfter}, then removed
 * for good.
 */
public record DeletedCaseStudy(long id, String title, Instant deletedAt, Instant purgeAfter) {
}
