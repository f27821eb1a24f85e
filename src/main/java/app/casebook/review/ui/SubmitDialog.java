package app.casebook.review.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.QualityChecks;
import app.casebook.membership.InvitationService;
import app.casebook.membership.NewInvitation;
import app.casebook.review.ReviewService;
import app.casebook.review.SubmissionCheck;
import app.casebook.review.SubmissionRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Submit for review": the note, the required reviewers (members with the reviewer role; a new reviewer can be
 * invited from here and named once they joined), and the quality checks: what blocks the submission, with a link to
 * each section, and the warnings to confirm.
 */
class SubmitDialog extends Dialog {

    private final ReviewService reviews;
    private final InvitationService invitations;
    private final long caseStudyId;
    private final SerializableConsumer<Long> goToSection;
    private final Runnable submitted;
    private final TextArea note = new TextArea("Note to the reviewers");
    private final MultiSelectComboBox<SubmissionCheck.Candidate> reviewers = new MultiSelectComboBox<>("Required reviewers");
    private final Div blocking = new Div();
    private final Div warnings = new Div();
    private final Checkbox confirm = new Checkbox("I have read the warnings and want to submit anyway");
    private final Paragraph error = new Paragraph();
    private final Button submit = new Button("Submit");

    SubmitDialog(ReviewService reviews, InvitationService invitations, long caseStudyId,
                 SerializableConsumer<Long> goToSection, Runnable submitted) {
        this.reviews = reviews;
        this.invitations = invitations;
        this.caseStudyId = caseStudyId;
        this.goToSection = goToSection;
        this.submitted = submitted;
        setId("submit-dialog");
        setHeaderTitle("Submit for review");
        setWidth("min(640px, 95vw)");

        note.setId("review-note");
        note.setMaxLength(ReviewService.NOTE_MAX);
        note.setWidthFull();
        note.setHelperText("What changed, what to look at (at most 2,000 characters).");
        reviewers.setId("required-reviewers");
        reviewers.setItemLabelGenerator(SubmissionCheck.Candidate::name);
        reviewers.setWidthFull();
        reviewers.setHelperText("Every one of them must approve.");
        blocking.setId("submit-blocking");
        blocking.addClassName("submit-blocking");
        warnings.setId("submit-warnings");
        confirm.setId("confirm-warnings");
        error.setId("submit-error");
        error.addClassName("error-text");
        error.setVisible(false);

        EmailField email = new EmailField();
        email.setId("invite-reviewer-email");
        email.setPlaceholder("new.reviewer@example.com");
        TextField link = new TextField("Invitation link");
        link.setId("invite-reviewer-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        Button invite = new Button("Invite reviewer", e -> {
            try {
                NewInvitation created = invitations.invite(caseStudyId, email.getValue(), MemberRole.REVIEWER);
                link.setValue(base() + created.path());
                link.setVisible(true);
                link.setHelperText("Send this link; name them as required reviewer once they joined.");
                email.clear();
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        invite.setId("invite-reviewer-button");
        HorizontalLayout inviteRow = new HorizontalLayout(email, invite);
        inviteRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        VerticalLayout content = new VerticalLayout(blocking, warnings, note, reviewers,
                new H4("Invite a new reviewer"), inviteRow, link, error);
        content.setPadding(false);
        add(content);

        submit.setId("submit-version-button");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("submit-cancel-button");
        getFooter().add(cancel, submit);
        load();
    }

    private void load() {
        SubmissionCheck check = reviews.submissionCheck(caseStudyId);
        reviewers.setItems(check.reviewers());
        // A resubmission goes to the same reviewers by default: those of the newest version who still can be named.
        reviews.versions(caseStudyId).stream().findFirst().ifPresent(newest -> reviewers.setValue(
                check.reviewers().stream().filter(c -> newest.isRequiredReviewer(c.accountId()))
                        .collect(java.util.stream.Collectors.toSet())));
        if (check.reviewers().isEmpty()) {
            reviewers.setHelperText("No member has the reviewer role yet: invite one below.");
        }
        showIssues(check.blocking(), true);
        showIssues(check.warnings(), false);
        if (check.numberInReview() != null) {
            showError("v" + check.numberInReview() + " is in review: withdraw it, or wait for the decision, before "
                    + "submitting another version.");
            submit.setEnabled(false);
        } else {
            submit.setEnabled(check.blocking().isEmpty());
        }
    }

    private void showIssues(List<QualityChecks.Issue> issues, boolean block) {
        Div target = block ? blocking : warnings;
        target.removeAll();
        target.setVisible(!issues.isEmpty());
        if (issues.isEmpty()) {
            return;
        }
        target.add(new H4(block ? "Fix these before submitting" : "Warnings"));
        for (QualityChecks.Issue issue : issues) {
            Button go = new Button(issue.message(), e -> {
                close();
                goToSection.accept(issue.sectionId());
            });
            go.setId((block ? "fix-section-" : "warning-section-") + issue.sectionId() + "-"
                    + issue.kind().name().toLowerCase());
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClassName(block ? "submit-issue-blocking" : "submit-issue-warning");
            target.add(new Div(go));
        }
        if (!block) {
            target.add(confirm);
        }
    }

    private void submit() {
        try {
            long id = reviews.submit(caseStudyId, note.getValue(),
                    reviewers.getValue().stream().map(SubmissionCheck.Candidate::accountId).toList(),
                    confirm.getValue());
            close();
            Notifications.success("Submitted v" + reviews.version(id).number() + " for review.");
            submitted.run();
        } catch (SubmissionRefused e) {
            showIssues(e.issues(), e.blocking());
            showError(e.getMessage());
            submit.setEnabled(!e.blocking());
        } catch (InvalidInputException | AccessDeniedException e) {
            showError(e.getMessage());
            submit.setEnabled(true);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private static String base() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        var request = current.getHttpServletRequest();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/";
    }
}
