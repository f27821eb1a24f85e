package app.casebook.publish.ui;

import app.casebook.base.NotFoundException;
import app.casebook.publish.ExportService;
import app.casebook.publish.ExportedFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Export as Markdown" / "Export as PDF": a download of the current text. The file is made when clicked, by the service, which checks
 * the permission again (the link may be older than a change of role).
 */
public class ExportLink extends Anchor {

    public ExportLink(ExportService exports, long caseStudyId) {
        this(() -> exports.markdown(caseStudyId), "Export as Markdown", "export-markdown");
    }

    /** A download of whatever {@code file} makes when clicked, e.g. a PDF or a version's Markdown. */
    public ExportLink(SerializableSupplier<ExportedFile> make, String label, String id) {
        super(DownloadHandler.fromInputStream(event -> {
            try {
                ExportedFile file = make.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (NotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD, label);
        setId(id);
        addClassName("export-link");
    }
}
