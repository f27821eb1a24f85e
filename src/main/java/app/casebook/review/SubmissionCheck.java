package app.casebook.review;

import app.casebook.casestudy.QualityChecks;
import java.util.List;

/**
 * What the owner needs before submitting: the quality issues that block a submission (placeholders left, empty
 * sections), those that only warn (length, measurable outcome), the members who may be named as required reviewers
 * (those with the reviewer role), and the version in review, if any (then nothing can be submitted).
 */
public record SubmissionCheck(List<QualityChecks.Issue> blocking, List<QualityChecks.Issue> warnings,
                              List<Candidate> reviewers, Integer numberInReview) {

    /** A member who can be named as a required reviewer. */
    public record Candidate(long accountId, String name) {
    }
}
