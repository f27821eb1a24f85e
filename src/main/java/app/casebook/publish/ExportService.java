package app.casebook.publish;

import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports of a case study as files. */
@Service
@PreAuthorize("isAuthenticated()")
public class ExportService {

    private final CaseStudyAccess access;
    private final CaseStudyService caseStudies;

    ExportService(CaseStudyAccess access, CaseStudyService caseStudies) {
        this.access = access;
        this.caseStudies = caseStudies;
    }

    /**
     * The current text of a case study as a Markdown file that imports back to the same header fields and sections
     * ({@link MarkdownExport}). Only members whose role allows exporting (the candidate who owns it); others get
     * "access denied", non-members "not found".
     */
    @Transactional(readOnly = true)
    public ExportedFile markdown(long caseStudyId) {
        access.require(caseStudyId, Permission.EXPORT);
        CaseStudyDetails details = caseStudies.get(caseStudyId);
        List<String> known = caseStudies.templates().stream().flatMap(t -> t.sections().stream())
                .map(Template.TemplateSection::heading).toList();
        String text = MarkdownExport.toMarkdown(details.caseStudy(), details.sections(), known);
        return new ExportedFile(MarkdownExport.fileName(details.caseStudy().title()), "text/markdown; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8));
    }
}
