package app.casebook.review.ui;

import app.casebook.collaboration.LiveResync;
import app.casebook.base.CaseStudyEvent;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.membership.InvitationService;
import app.casebook.review.ReviewDecided;
import app.casebook.review.ReviewService;
import app.casebook.review.ReviewerAdded;
import app.casebook.review.ReviewerRemoved;
import app.casebook.review.SectionSignedOff;
import app.casebook.review.VersionDecided;
import app.casebook.review.VersionStatus;
import app.casebook.review.VersionSubmitted;
import app.casebook.review.VersionWithdrawn;
import app.casebook.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Review in the editor: the case study's status ("In review (v2)"), the owner's "Submit for review" action, and the
 * "Review" panel; all updated live when someone submits, decides or signs off.
 */
@Component
@Order(15)
class ReviewContribution implements EditorContribution {

    private final ReviewService reviews;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final List<VersionRowContribution> versionRows;

    ReviewContribution(ReviewService reviews, InvitationService invitations, CurrentUser currentUser,
                       List<VersionRowContribution> versionRows) {
        this.reviews = reviews;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.versionRows = versionRows;
    }

    @Override
    public void contribute(EditorContext editor) {
        long caseStudyId = editor.caseStudyId();
        boolean owner = editor.myRole() == MemberRole.OWNER;
        Span status = new Span();
        status.setId("review-status");
        status.addClassName("review-status");
        status.getElement().getThemeList().add("badge");
        Runnable showStatus = () -> status.setText(reviews.status(caseStudyId).label());
        showStatus.run();
        editor.addAction(status);

        MemberRole role = editor.myRole();
        List<VersionRowContribution> rows = versionRows;
        ReviewPanel panel = new ReviewPanel(reviews, caseStudyId, currentUser.id(), owner, showStatus::run,
                (versionId, number) -> rows.stream()
                        .flatMap(c -> c.actions(caseStudyId, versionId, number, role).stream()).toList());
        editor.addPanel("review", "Review", 15, panel);
        if (owner) {
            Button submit = new Button("Submit for review", VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> new SubmitDialog(reviews, invitations, caseStudyId, editor::goToSection, () -> {
                        showStatus.run();
                        if (panel.isAttached()) {
                            panel.refresh();
                        }
                        editor.showPanel("review");
                    }).open());
            submit.setId("submit-for-review-button");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            editor.addAction(submit);
        }
        editor.onEvent(event -> {
            boolean resync = event instanceof LiveResync;
            if (!isReviewEvent(event) && !resync) {
                return;
            }
            showStatus.run();
            if (panel.isAttached()) {
                panel.refresh();
            }
            if (!resync && event.actorId() != currentUser.id()) {
                announce(event);
            }
        });
    }

    private static boolean isReviewEvent(CaseStudyEvent event) {
        return event instanceof VersionSubmitted || event instanceof VersionWithdrawn || event instanceof ReviewDecided
                || event instanceof VersionDecided || event instanceof SectionSignedOff || event instanceof ReviewerAdded
                || event instanceof ReviewerRemoved;
    }

    private static void announce(CaseStudyEvent event) {
        switch (event) {
            case VersionSubmitted e -> Notifications.success("v" + e.number() + " was submitted for review.");
            case VersionWithdrawn e -> Notifications.success("v" + e.number() + " was withdrawn.");
            case VersionDecided e -> Notifications.success(e.status() == VersionStatus.APPROVED
                    ? "v" + e.number() + " is approved." : "Changes requested on v" + e.number() + ".");
            default -> {
            }
        }
    }
}
