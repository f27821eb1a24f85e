package app.casebook.revision.ui;

import app.casebook.casestudy.Permission;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.casestudy.ui.SectionAction;
import app.casebook.revision.RevisionService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The history in the editor: the "History" panel with a button on every section that narrows it to that section,
 * for those who may see the history; and, for everyone, what others changed since the person's last visit.
 */
@Component
@Order(10)
class HistoryContribution implements EditorContribution {

    private final RevisionService revisions;

    HistoryContribution(RevisionService revisions) {
        this.revisions = revisions;
    }

    @Override
    public void contribute(EditorContext editor) {
        ChangesSinceVisitPanel changes = new ChangesSinceVisitPanel(revisions, editor.caseStudyId(),
                editor::addSectionBadge);
        editor.addNotice(changes);
        if (!editor.myRole().allows(Permission.HISTORY)) {
            return;
        }
        HistoryPanel history = new HistoryPanel(revisions, editor.caseStudyId());
        history.setRestoreAllowed(editor.myRole().allows(Permission.EDIT));
        history.addRestoredListener(e -> editor.reload());
        editor.addPanel("history", "History", 10, history);
        editor.addSectionAction(new SectionAction("section-history-", VaadinIcon.CLOCK, "History of this section",
                section -> {
                    history.showSection(section.sectionId(), section.heading());
                    editor.showPanel("history");
                }));
        editor.addShortcut("History of the section being written (or of the whole case study)", () -> {
            editor.currentSection().ifPresentOrElse(section -> history.showSection(section.sectionId(),
                    section.heading()), () -> history.showSection(null, null));
            editor.showPanel("history");
        }, Key.KEY_H, KeyModifier.CONTROL, KeyModifier.ALT);
        editor.onSaved(sectionId -> history.showNewRevisions());
        editor.onEvent(event -> history.showNewRevisions());
    }
}
