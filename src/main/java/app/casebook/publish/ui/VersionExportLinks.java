package app.casebook.publish.ui;

import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.publish.PublishService;
import app.casebook.review.ui.VersionRowContribution;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Markdown" and "PDF" on each version's row of the review panel: a download of that version exactly as submitted,
 * for members whose role allows exporting. The file is made when clicked, and the service checks the permission
 * again.
 */
@Component
class VersionExportLinks implements VersionRowContribution {

    private final PublishService publish;

    VersionExportLinks(PublishService publish) {
        this.publish = publish;
    }

    @Override
    public List<com.vaadin.flow.component.Component> actions(long caseStudyId, long versionId, int number,
                                                             MemberRole myRole) {
        if (!myRole.allows(Permission.EXPORT)) {
            return List.of();
        }
        PublishService service = publish;
        ExportLink markdown = new ExportLink(() -> service.versionMarkdown(versionId), "Markdown",
                "review-export-markdown-" + number);
        ExportLink pdf = new ExportLink(() -> service.versionPdf(versionId), "PDF", "review-export-pdf-" + number);
        markdown.getElement().setAttribute("aria-label", "Export v" + number + " as Markdown");
        pdf.getElement().setAttribute("aria-label", "Export v" + number + " as PDF");
        return List.of(markdown, pdf);
    }
}
