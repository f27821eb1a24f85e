package app.casebook.publish;

import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Permission;
import app.casebook.casestudy.Template;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    private final Clock clock;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    ExportService(CaseStudyAccess access, CaseStudyService caseStudies, Clock clock) {
        this.access = access;
        this.caseStudies = caseStudies;
        this.clock = clock;
    }

    /**
     * The current text of a case study as a Markdown file that imports back to the same header fields and sections
     * ({@link MarkdownExport}). Every member who may read it (owner, editors, reviewers, viewers) may export it;
     * non-members get "not found". The file says what it holds and when: its first line is a Markdown comment
     * ("the current draft, exported … UTC", which the importer skips) and its name ends in "-draft-" and the time.
     */
    @Transactional(readOnly = true)
    public ExportedFile markdown(long caseStudyId) {
        access.require(caseStudyId, Permission.EXPORT);
        CaseStudyDetails details = caseStudies.get(caseStudyId);
        List<String> known = caseStudies.templates().stream().flatMap(t -> t.sections().stream())
                .map(Template.TemplateSection::heading).toList();
        Instant now = clock.instant();
        String text = "<!-- Exported from Casebook: the current draft (not a submitted version), " + STAMP.format(now)
                + " -->\n\n" + MarkdownExport.toMarkdown(details.caseStudy(), details.sections(), known);
        String name = MarkdownExport.fileName(details.caseStudy().title()).replaceFirst("\\.md$",
                "-draft-" + FILE_STAMP.format(now) + ".md");
        return new ExportedFile(name, "text/markdown; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The current draft as a PDF ({@link PdfExport}): the same typography as the public page, "Draft" and "not
     * approved" in the footer with page numbers. Same permission as {@link #markdown}: exporting (the owner). The
     * text is read in its own transaction; the layout (up to a second or two for a long case study) holds none.
     */
    public ExportedFile pdf(long caseStudyId) {
        access.require(caseStudyId, Permission.EXPORT);
        Document document = Document.ofDraft(caseStudies.get(caseStudyId));
        return pdfFile(document);
    }

    static ExportedFile pdfFile(Document document) {
        String name = MarkdownExport.fileName(document.title()).replaceAll("\\.md$", "") + ".pdf";
        return new ExportedFile(name, "application/pdf", PdfExport.toPdf(document));
    }
}
