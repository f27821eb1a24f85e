package app.casebook.publish.ui;

import app.casebook.base.NotFoundException;
import app.casebook.publish.ExportService;
import app.casebook.publish.ExportedFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Export as Markdown": a download of the current text. The file is made when clicked, by the service, which checks
 * the permission again (the link may be older than a change of role).
 */
public class ExportLink extends Anchor {

    public ExportLink(ExportService exports, long caseStudyId) {
        super(DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = exports.markdown(caseStudyId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, "Export as Markdown");
        setId("export-markdown");
        addClassName("export-link");
    }
}
