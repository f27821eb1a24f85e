package app.casebook.publish.ui;

import app.casebook.collaboration.LiveResync;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.publish.ExportService;
import app.casebook.publish.PublishService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Export as Markdown" and "Export as PDF" under the editor's title, for those whose role allows exporting. */
@Component
@Order(50)
class ExportContribution implements EditorContribution {

    private final ExportService exports;
    private final PublishService publish;

    ExportContribution(ExportService exports, PublishService publish) {
        this.exports = exports;
        this.publish = publish;
    }

    @Override
    public void contribute(EditorContext editor) {
        if (editor.myRole().allows(Permission.EXPORT)) {
            long id = editor.caseStudyId();
            editor.addAction(new ExportLink(exports, id));
            editor.addAction(new ExportLink(() -> exports.pdf(id), "Export as PDF", "export-pdf"));
            PublishPanel panel = new PublishPanel(publish, id, editor.myRole().allows(Permission.MANAGE));
            editor.addPanel("publish", "Publish", 80, panel);
            editor.onEvent(event -> {
                if (panel.isAttached() && (event instanceof LiveResync
                        || event.getClass().getSimpleName().startsWith("Version"))) {
                    panel.refresh();
                }
            });
        }
    }
}
