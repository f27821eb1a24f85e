package app.casebook.notification;

import java.time.Instant;
import java.util.Map;

/**
 * One notification of the person asking: what happened ({@link #text()}), where ({@link #path()}, a path in the
 * application, e.g. {@code case-studies/12?panel=review}), when, and whether it was read.
 */
public record Notification(long id, Long caseStudyId, NotificationKind kind, String actorName, String caseStudyTitle,
                           Map<String, String> params, Instant createdAt, boolean read) {

    public String text() {
        return kind.sentence(params, actorName, caseStudyTitle);
    }

    /** The place it is about, relative to the application's root; empty when the case study is gone. */
    public String path() {
        return caseStudyId == null || caseStudyTitle == null ? "" : kind.path(caseStudyId);
    }
}
