package app.casebook.notification;

import java.util.Map;

/**
 * What a notification is about. The text is made from the kind and its parameters when shown (or mailed), so a
 * notification is stored as data, not prose.
 */
public enum NotificationKind {
    REVIEW_REQUESTED("Review requested of me"),
    DECISION("A decision on my version"),
    MENTION("A mention of me"),
    REPLY("A reply in a thread I took part in"),
    INVITATION_ACCEPTED("An invitation of mine accepted"),
    VERSION_PUBLISHED("A version published");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** What a person chooses e-mail for, in the account settings. */
    public String label() {
        return label;
    }

    /**
     * The place a notification of this kind is about, relative to the application's root: the case study, with the
     * editor's panel it concerns in front ({@code case-studies/12?panel=review}); empty without a case study.
     */
    public String path(Long caseStudyId) {
        if (caseStudyId == null) {
            return "";
        }
        String panel = switch (this) {
            case REVIEW_REQUESTED, DECISION -> "review";
            case MENTION, REPLY -> "comments";
            case INVITATION_ACCEPTED, VERSION_PUBLISHED -> null;
        };
        return "case-studies/" + caseStudyId + (panel == null ? "" : "?panel=" + panel);
    }

    /** One sentence for a person: who did what, on which case study ({@code title}, may be empty). */
    public String sentence(Map<String, String> p, String actorName, String title) {
        String who = actorName == null || actorName.isBlank() ? p.getOrDefault("name", "Someone") : actorName;
        String on = title == null || title.isBlank() ? "a case study" : "“" + title + "”";
        return switch (this) {
            case REVIEW_REQUESTED -> who + " asks for your review of version " + p.getOrDefault("version", "?")
                    + " of " + on + ".";
            case DECISION -> who + " " + ("APPROVED".equals(p.get("decision")) ? "approved" : "requested changes to")
                    + " version " + p.getOrDefault("version", "?") + " of " + on + ".";
            case MENTION -> who + " mentioned you in a comment on " + on + ".";
            case REPLY -> who + " replied in a thread on " + on + ".";
            case INVITATION_ACCEPTED -> p.getOrDefault("name", who) + " accepted your invitation to " + on + " as "
                    + p.getOrDefault("role", "member").toLowerCase(java.util.Locale.ROOT) + ".";
            case VERSION_PUBLISHED -> who + " published version " + p.getOrDefault("version", "?") + " of " + on
                    + ".";
        };
    }
}
