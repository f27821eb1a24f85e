package app.casebook.activity;

import app.casebook.base.CaseStudyEvent;
import app.casebook.base.Times;
import app.casebook.casestudy.CaseStudyCreated;
import app.casebook.comment.CommentAdded;
import app.casebook.comment.CommentThreadOpened;
import app.casebook.comment.SuggestionApplied;
import app.casebook.comment.SuggestionDismissed;
import app.casebook.comment.ThreadReopened;
import app.casebook.comment.ThreadResolved;
import app.casebook.casestudy.CaseStudyDeleted;
import app.casebook.casestudy.CaseStudyRestored;
import app.casebook.casestudy.CaseStudyImported;
import app.casebook.casestudy.SectionAdded;
import app.casebook.casestudy.SectionRemoved;
import app.casebook.casestudy.SectionRenamed;
import app.casebook.casestudy.SectionRestored;
import app.casebook.casestudy.SectionsReordered;
import app.casebook.membership.InvitationSent;
import app.casebook.membership.InvitationWithdrawn;
import app.casebook.membership.MemberJoined;
import app.casebook.membership.MemberLeft;
import app.casebook.membership.MemberRemoved;
import app.casebook.membership.OwnershipTransferred;
import app.casebook.membership.MemberRoleChanged;
import app.casebook.publish.VersionPublished;
import app.casebook.publish.VersionUnpublished;
import app.casebook.review.ReviewDecided;
import app.casebook.review.ReviewDecision;
import app.casebook.review.ReviewerAdded;
import app.casebook.review.ReviewerRemoved;
import app.casebook.review.SectionSignedOff;
import app.casebook.review.VersionDecided;
import app.casebook.review.VersionStatus;
import app.casebook.review.VersionSubmitted;
import app.casebook.review.VersionWithdrawn;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the activity log from the domain events of the other features. A synchronous listener: the line is written
 * in the transaction of the change it records, so the log holds a line exactly when the change was committed —
 * nothing to redeliver after a crash, nothing logged that was rolled back. Saves of text and header fields are not
 * logged here: every one of them is a revision in the history.
 */
@Component
class ActivityLog {

    private final ActivityRepository repository;
    private final Clock clock;

    ActivityLog(ActivityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(CaseStudyCreated e) {
        write(e, ActivityType.CREATED, "Created from the template " + e.templateName());
    }

    @EventListener
    void on(CaseStudyImported e) {
        write(e, ActivityType.IMPORTED, "Imported with " + e.sections() + (e.sections() == 1 ? " section" : " sections"));
    }

    @EventListener
    void on(SectionAdded e) {
        write(e, ActivityType.SECTION_ADDED, "Added the section " + e.heading());
    }

    @EventListener
    void on(SectionRenamed e) {
        write(e, ActivityType.SECTION_RENAMED, "Renamed the section " + e.oldHeading() + " to " + e.heading());
    }

    @EventListener
    void on(SectionsReordered e) {
        write(e, ActivityType.SECTIONS_REORDERED, "Moved a section from place " + e.from() + " to place " + e.to());
    }

    @EventListener
    void on(SectionRemoved e) {
        write(e, ActivityType.SECTION_REMOVED, "Removed the section " + e.heading());
    }

    @EventListener
    void on(SectionRestored e) {
        write(e, ActivityType.SECTION_RESTORED, "Brought back the section " + e.heading());
    }

    @EventListener
    void on(CaseStudyDeleted e) {
        write(e, ActivityType.DELETED, "Deleted the case study");
    }

    @EventListener
    void on(CaseStudyRestored e) {
        write(e, ActivityType.RESTORED, "Restored the case study from Recently deleted");
    }

    @EventListener
    void on(InvitationSent e) {
        write(e, ActivityType.INVITED, "Invited " + e.email() + " as " + role(e.role().label())
                + (e.replacedEarlier() ? " (the earlier link no longer works)" : ""));
    }

    @EventListener
    void on(InvitationWithdrawn e) {
        write(e, ActivityType.INVITATION_WITHDRAWN, "Withdrew the invitation of " + e.email());
    }

    @EventListener
    void on(MemberJoined e) {
        write(e, ActivityType.MEMBER_JOINED, e.name() + " joined as " + role(e.role().label()));
    }

    @EventListener
    void on(MemberRoleChanged e) {
        write(e, ActivityType.ROLE_CHANGED, e.name() + " is now " + role(e.role().label()) + " (was "
                + role(e.previousRole().label()) + ")");
    }

    @EventListener
    void on(MemberRemoved e) {
        write(e, ActivityType.MEMBER_REMOVED, "Removed " + e.name() + " (" + role(e.role().label()) + ")");
    }

    @EventListener
    void on(MemberLeft e) {
        write(e, ActivityType.MEMBER_LEFT, e.name() + " left (" + role(e.role().label()) + ")");
    }

    @EventListener
    void on(OwnershipTransferred e) {
        write(e, ActivityType.OWNERSHIP_TRANSFERRED, "Made " + e.name() + " the owner");
    }

    @EventListener
    void on(CommentThreadOpened e) {
        write(e, ActivityType.THREAD_OPENED, (e.withSuggestion() ? "Suggested a change in " : e.onPassage()
                ? "Commented on a passage of " : "Commented on ") + e.sectionHeading());
    }

    @EventListener
    void on(CommentAdded e) {
        write(e, ActivityType.COMMENT_REPLIED, "Replied to a comment on " + e.sectionHeading());
    }

    @EventListener
    void on(ThreadResolved e) {
        write(e, ActivityType.THREAD_RESOLVED, "Resolved a comment thread on " + e.sectionHeading());
    }

    @EventListener
    void on(ThreadReopened e) {
        write(e, ActivityType.THREAD_REOPENED, "Reopened a comment thread on " + e.sectionHeading());
    }

    @EventListener
    void on(SuggestionApplied e) {
        write(e, ActivityType.SUGGESTION_APPLIED, "Applied the change suggested by " + e.suggestedByName() + " to "
                + e.sectionHeading());
    }

    @EventListener
    void on(SuggestionDismissed e) {
        write(e, ActivityType.SUGGESTION_DISMISSED, "Dismissed the change suggested by " + e.suggestedByName()
                + " to " + e.sectionHeading());
    }

    @EventListener
    void on(VersionSubmitted e) {
        write(e, ActivityType.VERSION_SUBMITTED, "Submitted v" + e.number() + " for review by " + e.reviewers()
                + (e.reviewers() == 1 ? " required reviewer" : " required reviewers")
                + (e.signOffsCarriedOver() > 0 ? " (" + e.signOffsCarriedOver() + " sign-offs of unchanged sections "
                + "carried over)" : ""));
    }

    @EventListener
    void on(VersionWithdrawn e) {
        write(e, ActivityType.VERSION_WITHDRAWN, "Withdrew v" + e.number());
    }

    @EventListener
    void on(ReviewDecided e) {
        boolean approved = e.decision() == ReviewDecision.APPROVED;
        write(e, approved ? ActivityType.REVIEW_APPROVED : ActivityType.REVIEW_CHANGES_REQUESTED,
                (approved ? "Approved v" : "Requested changes on v") + e.number()
                        + (e.changedEarlierDecision() ? " (changed decision)" : ""));
    }

    @EventListener
    void on(VersionDecided e) {
        boolean approved = e.status() == VersionStatus.APPROVED;
        write(e, approved ? ActivityType.VERSION_APPROVED : ActivityType.VERSION_CHANGES_REQUESTED,
                approved ? "v" + e.number() + " is approved by every required reviewer"
                        : "v" + e.number() + ": changes requested, back to draft");
    }

    @EventListener
    void on(SectionSignedOff e) {
        write(e, ActivityType.SECTION_SIGNED_OFF, "Signed off the section " + e.heading() + " of v" + e.number()
                + ": " + e.verdict().label().toLowerCase(Locale.ROOT));
    }

    @EventListener
    void on(ReviewerAdded e) {
        write(e, ActivityType.REVIEWER_ADDED, "Added " + e.name() + " as required reviewer of v" + e.number());
    }

    @EventListener
    void on(ReviewerRemoved e) {
        write(e, ActivityType.REVIEWER_REMOVED, e.name() + " is no longer a required reviewer of v" + e.number()
                + " (left the case study or is no longer a reviewer)");
    }

    @EventListener
    void on(VersionPublished e) {
        write(e, ActivityType.VERSION_PUBLISHED, "Published v" + e.versionNumber() + " on a public page");
    }

    @EventListener
    void on(VersionUnpublished e) {
        write(e, ActivityType.VERSION_UNPUBLISHED, "Took the public page offline");
    }

    private void write(CaseStudyEvent e, ActivityType type, String detail) {
        String line = detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
        repository.insert(e.caseStudyId(), e.actorId(), type, line, Times.now(clock));
    }

    private static String role(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
