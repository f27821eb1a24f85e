package app.casebook.review;

import app.casebook.base.InvalidInputException;
import app.casebook.casestudy.QualityChecks;
import java.util.List;

/**
 * A submission refused by the quality checks: {@code blocking} issues (placeholders, empty sections) must be fixed;
 * otherwise the {@code issues} are warnings the owner has not confirmed yet.
 */
public class SubmissionRefused extends InvalidInputException {

    private final transient List<QualityChecks.Issue> issues;
    private final boolean blocking;

    SubmissionRefused(List<QualityChecks.Issue> issues, boolean blocking) {
        super(blocking
                ? "This version cannot be submitted yet: " + issues.size() + (issues.size() == 1 ? " thing" : " things")
                + " to fix first."
                : "Please confirm the " + issues.size() + (issues.size() == 1 ? " warning" : " warnings")
                + " before submitting.");
        this.issues = List.copyOf(issues);
        this.blocking = blocking;
    }

    public List<QualityChecks.Issue> issues() {
        return issues;
    }

    public boolean blocking() {
        return blocking;
    }
}
