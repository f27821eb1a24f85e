package app.casebook.publish;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.HeaderField;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.review.ReviewService;
import app.casebook.review.VersionStatus;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Versions for tests, made the way people make them: the owner writes the case study's header and sections through
 * {@link CaseStudyService}, submits it through {@link ReviewService} with the approvers as required reviewers (made
 * members with the reviewer role first, if they are not), and each approver approves.
 */
record Versions(Fixtures fixtures, CaseStudyService caseStudies, ReviewService reviews) {

    static Versions of(ApplicationContext context) {
        return new Versions(context.getBean(Fixtures.class), context.getBean(CaseStudyService.class),
                context.getBean(ReviewService.class));
    }

    /**
     * The case study's next version, with the given title and exactly the given sections, approved by
     * {@code approvers} (at least one; never the owner, who may not review their own).
     */
    long approved(long caseStudyId, Account owner, String title, List<Document.Part> sections, Account... approvers) {
        long versionId = inReview(caseStudyId, owner, title, sections, approvers);
        for (Account a : approvers) {
            Fixtures.as(a, () -> reviews.approve(versionId, "Ready to share."));
        }
        VersionStatus status = Fixtures.as(owner, () -> reviews.version(versionId)).status();
        if (status != VersionStatus.APPROVED) {
            throw new IllegalStateException("Version " + versionId + " is " + status + ", not approved");
        }
        return versionId;
    }

    /** The case study's next version with the given title and sections, submitted and waiting for {@code reviewers}. */
    long inReview(long caseStudyId, Account owner, String title, List<Document.Part> sections, Account... reviewers) {
        if (reviewers.length == 0) {
            throw new IllegalArgumentException("A version needs at least one required reviewer");
        }
        Fixtures.as(owner, () -> {
            write(caseStudyId, title, sections);
            for (Account r : reviewers) {
                if (!isMember(caseStudyId, r)) {
                    fixtures.addMember(caseStudyId, r, MemberRole.REVIEWER);
                }
            }
        });
        return Fixtures.as(owner, () -> reviews.submit(caseStudyId, "", Arrays.stream(reviewers).map(Account::id)
                .toList(), true));
    }

    private boolean isMember(long caseStudyId, Account account) {
        try {
            Fixtures.as(account, () -> caseStudies.myRole(caseStudyId));
            return true;
        } catch (RuntimeException notAMember) {
            return false;
        }
    }

    /** Sets the header and makes the sections exactly {@code sections}: renamed, rewritten, removed or added. */
    private void write(long caseStudyId, String title, List<Document.Part> sections) {
        caseStudies.updateHeader(caseStudyId, HeaderField.TITLE, title);
        caseStudies.updateHeader(caseStudyId, HeaderField.JOB_TITLE, "Chief Technology Officer");
        caseStudies.updateHeader(caseStudyId, HeaderField.CONTEXT, "Series B");
        caseStudies.updateHeader(caseStudyId, HeaderField.HEADLINE, "Costs down 40%");
        List<Section> existing = caseStudies.get(caseStudyId).sections();
        for (int i = sections.size(); i < existing.size(); i++) {
            caseStudies.removeSection(existing.get(i).id());
        }
        for (int i = 0; i < sections.size(); i++) {
            Document.Part p = sections.get(i);
            long sectionId;
            if (i < existing.size()) {
                sectionId = existing.get(i).id();
                if (!existing.get(i).heading().equals(p.heading())) {
                    caseStudies.renameSection(sectionId, p.heading());
                }
            } else {
                List<Section> current = caseStudies.get(caseStudyId).sections();
                sectionId = caseStudies.addSection(caseStudyId, p.heading(), current.getLast().position());
            }
            Section now = caseStudies.get(caseStudyId).sections().stream().filter(s -> s.id() == sectionId)
                    .findFirst().orElseThrow();
            if (!now.body().equals(p.markdown())) {
                caseStudies.saveSectionText(sectionId, now.revisionId(), p.markdown());
            }
        }
    }
}
