package app.casebook.casestudy.ui;

import app.casebook.base.NotFoundException;
import app.casebook.base.ui.Notifications;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Permission;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * "Delete" under the editor's title, for the owner: a confirmation that names the case study, then it goes to
 * "Recently deleted" for 30 days.
 */
@Component
@Order(90)
class DeleteContribution implements EditorContribution {

    private final CaseStudyService caseStudies;

    DeleteContribution(CaseStudyService caseStudies) {
        this.caseStudies = caseStudies;
    }

    @Override
    public void contribute(EditorContext editor) {
        if (!editor.myRole().allows(Permission.MANAGE)) {
            return;
        }
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirm(editor).open());
        delete.setId("delete-case-study");
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        editor.addAction(delete);
    }

    private ConfirmDialog confirm(EditorContext editor) {
        String title = editor.caseStudy().title();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("delete-case-study-dialog");
        dialog.setHeader("Delete “" + title + "”?");
        dialog.setText("It moves to Recently deleted, where you can restore it for "
                + CaseStudyService.KEPT_DAYS + " days; then it is removed for good. Everyone you invited loses "
                + "access at once.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                caseStudies.delete(editor.caseStudyId());
                Notifications.success("“" + title + "” was deleted. Restore it from Recently deleted within "
                        + CaseStudyService.KEPT_DAYS + " days.");
                UI.getCurrent().navigate(RecentlyDeletedView.class);
            } catch (NotFoundException | AccessDeniedException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        return dialog;
    }
}
