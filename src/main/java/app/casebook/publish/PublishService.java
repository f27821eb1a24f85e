package app.casebook.publish;

import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Template;
import app.casebook.casestudy.Permission;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public pages of approved versions. The owner publishes an approved version under a new unguessable link
 * ({@link PublicTokens}: 256 random bits, stored hashed), at most one live page per case study (publishing again
 * replaces it and its old link stops working), switches search-engine indexing, and unpublishes. Export of a
 * version as PDF or Markdown needs the export permission. Non-members get "not found", members without the
 * permission "access denied". Publishes {@link VersionPublished} and {@link VersionUnpublished}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PublishService {

    private final PublicationRepository repository;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseStudyService caseStudies;

    PublishService(PublicationRepository repository, CaseStudyAccess access, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock, CaseStudyService caseStudies) {
        this.caseStudies = caseStudies;
        this.repository = repository;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The approved versions of a case study, newest first; members who may export. */
    @Transactional(readOnly = true)
    public List<ApprovedVersion> approvedVersions(long caseStudyId) {
        access.require(caseStudyId, Permission.EXPORT);
        return repository.approvedVersions(caseStudyId);
    }

    /** The live public page of a case study, if any; members who may export. */
    @Transactional(readOnly = true)
    public Optional<Publication> live(long caseStudyId) {
        access.require(caseStudyId, Permission.EXPORT);
        return repository.live(caseStudyId);
    }

    /**
     * Publishes an approved version (the owner): a new link; a page already live for the case study is taken
     * offline first. A version that is not approved is refused ("only an approved version…").
     */
    @Transactional
    public PublicLink publish(long versionId) {
        long caseStudyId = repository.caseStudyOfVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
        access.require(caseStudyId, Permission.MANAGE);
        ApprovedVersion version = repository.approvedVersion(versionId).orElseThrow(
                () -> new InvalidInputException("Only an approved version can be published."));
        LocalDateTime now = Times.now(clock);
        boolean indexing = repository.live(caseStudyId).map(Publication::allowIndexing).orElse(false);
        repository.unpublish(caseStudyId, now);
        String token = PublicTokens.newToken();
        long me = currentUser.id();
        long id = repository.insert(caseStudyId, versionId, PublicTokens.hash(token), indexing, me, now);
        events.publishEvent(new VersionPublished(caseStudyId, me, versionId, version.number()));
        return new PublicLink(new Publication(id, caseStudyId, versionId, version.number(), indexing,
                Times.toInstant(now)), "p/" + token);
    }

    /** Takes the public page of a case study offline (the owner); its link answers "not found" from now on. */
    @Transactional
    public void unpublish(long caseStudyId) {
        access.require(caseStudyId, Permission.MANAGE);
        if (repository.unpublish(caseStudyId, Times.now(clock)) > 0) {
            events.publishEvent(new VersionUnpublished(caseStudyId, currentUser.id()));
        }
    }

    /** Lets search engines index the live page, or not (the default); the owner. */
    @Transactional
    public void allowIndexing(long caseStudyId, boolean allow) {
        access.require(caseStudyId, Permission.MANAGE);
        if (repository.setIndexing(caseStudyId, allow) == 0) {
            throw new InvalidInputException("This case study has no public page.");
        }
    }

    /** A frozen version as PDF; members who may export. */
    @Transactional(readOnly = true)
    public ExportedFile versionPdf(long versionId) {
        return ExportService.pdfFile(versionDocument(versionId));
    }

    /**
     * A frozen version as Markdown, in the shape the importer reads back ({@link MarkdownExport}); members who may
     * export. Its first line is a Markdown comment saying which version it is and its approval ("version 3, approved
     * by 2 reviewers on 1 Dec 2026"), which the importer skips; the file name ends in "-v3".
     */
    @Transactional(readOnly = true)
    public ExportedFile versionMarkdown(long versionId) {
        Document document = versionDocument(versionId);
        List<String> known = caseStudies.templates().stream().flatMap(t -> t.sections().stream())
                .map(Template.TemplateSection::heading).toList();
        String label = document.versionLabel().toLowerCase(java.util.Locale.ROOT);
        String approval = document.approvalLine().isEmpty() ? "" : ", "
                + Character.toLowerCase(document.approvalLine().charAt(0)) + document.approvalLine().substring(1);
        String text = "<!-- Exported from Casebook: " + label + approval + " -->\n\n"
                + MarkdownExport.toMarkdown(document, known);
        String name = MarkdownExport.fileName(document.title()).replaceFirst("\\.md$",
                "-" + label.replaceAll("[^a-z0-9]+", "-").replace("version-", "v") + ".md");
        return new ExportedFile(name, "text/markdown; charset=UTF-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Document versionDocument(long versionId) {
        long caseStudyId = repository.caseStudyOfVersion(versionId).orElseThrow(() -> new NotFoundException("Version"));
        access.require(caseStudyId, Permission.EXPORT);
        return repository.versionDocument(versionId).orElseThrow(() -> new NotFoundException("Version"));
    }
}
