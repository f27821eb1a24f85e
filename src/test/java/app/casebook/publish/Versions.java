package app.casebook.publish;

import static app.casebook.db.Tables.APPROVAL;
import static app.casebook.db.Tables.CASE_STUDY_VERSION;
import static app.casebook.db.Tables.VERSION_SECTION;

import app.casebook.review.ReviewDecision;
import app.casebook.review.VersionStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Approved versions for tests, written straight into the review feature's tables until its service is on main;
 * then tests make them through the review workflow instead.
 */
final class Versions {

    private Versions() {
    }

    /** Version {@code number} of a case study with the given sections, approved by {@code approvers}. */
    static long approved(DSLContext db, long caseStudyId, long ownerId, int number, String title,
                         List<Document.Part> sections, long... approvers) {
        return make(db, caseStudyId, ownerId, number, title, sections, "APPROVED", approvers);
    }

    static long make(DSLContext db, long caseStudyId, long ownerId, int number, String title,
                     List<Document.Part> sections, String status, long... approvers) {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 9, 30);
        long id = db.insertInto(CASE_STUDY_VERSION)
                .set(CASE_STUDY_VERSION.CASE_STUDY_ID, caseStudyId)
                .set(CASE_STUDY_VERSION.NUMBER, number)
                .set(CASE_STUDY_VERSION.NOTE, "")
                .set(CASE_STUDY_VERSION.STATUS, VersionStatus.valueOf(status))
                .set(CASE_STUDY_VERSION.TITLE, title)
                .set(CASE_STUDY_VERSION.JOB_TITLE, "Chief Technology Officer")
                .set(CASE_STUDY_VERSION.CONTEXT_LINE, "Series B")
                .set(CASE_STUDY_VERSION.HEADLINE, "Costs down 40%")
                .set(CASE_STUDY_VERSION.SUBMITTED_BY, ownerId)
                .set(CASE_STUDY_VERSION.SUBMITTED_AT, at)
                .set(CASE_STUDY_VERSION.DECIDED_AT, at)
                .returningResult(CASE_STUDY_VERSION.ID).fetchOne().value1();
        int position = 0;
        for (Document.Part p : sections) {
            db.insertInto(VERSION_SECTION).set(VERSION_SECTION.VERSION_ID, id)
                    .set(VERSION_SECTION.POSITION, position++).set(VERSION_SECTION.HEADING, p.heading())
                    .set(VERSION_SECTION.BODY, p.markdown()).execute();
        }
        for (long reviewer : approvers) {
            db.insertInto(APPROVAL).set(APPROVAL.VERSION_ID, id).set(APPROVAL.REVIEWER_ID, reviewer)
                    .set(APPROVAL.DECISION, ReviewDecision.APPROVED).set(APPROVAL.COMMENT, "").set(APPROVAL.DECIDED_AT, at)
                    .execute();
        }
        return id;
    }
}
