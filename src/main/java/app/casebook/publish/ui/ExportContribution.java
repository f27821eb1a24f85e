package app.casebook.publish.ui;

import app.casebook.casestudy.Permission;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import app.casebook.publish.ExportService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Export as Markdown" and "Export as PDF" under the editor's title, for those whose role allows exporting. */
@Component
@Order(50)
class ExportContribution implements EditorContribution {

    private final ExportService exports;

    ExportContribution(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public void contribute(EditorContext editor) {
        if (editor.myRole().allows(Permission.EXPORT)) {
            long id = editor.caseStudyId();
            editor.addAction(new ExportLink(exports, id));
            editor.addAction(new ExportLink(() -> exports.pdf(id), "Export as PDF", "export-pdf"));
        }
    }
}
