package app.casebook.comment.ui;

import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.ui.DashboardContext;
import app.casebook.casestudy.ui.DashboardContribution;
import app.casebook.comment.CommentService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dashboard's "Unread comments" column: comments by others the person has not seen, one query for the list;
 * a case study with unread comments needs the person (it comes before those without).
 */
@Component
class UnreadCommentsColumn implements DashboardContribution {

    private final CommentService comments;

    UnreadCommentsColumn(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(DashboardContext dashboard) {
        Map<Long, Integer> unread = comments.unread(dashboard.caseStudies().stream().map(CaseStudySummary::id).toList());
        dashboard.addUnreadColumn("unread-comments", "Unread comments", "comment", unread);
    }
}
