package app.casebook.comment.ui;

import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.ui.DashboardContext;
import app.casebook.casestudy.ui.DashboardContribution;
import app.casebook.comment.CommentService;
import com.vaadin.flow.component.html.Span;
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
        dashboard.addNeedsMe(1, summary -> unread.getOrDefault(summary.id(), 0) > 0);
        dashboard.addColumn("unread-comments", "Unread comments", summary -> {
            int n = unread.getOrDefault(summary.id(), 0);
            if (n == 0) {
                return null;
            }
            Span badge = new Span(String.valueOf(n));
            badge.setId("unread-comments-" + summary.id());
            badge.addClassName("unread-comments");
            badge.getElement().setAttribute("title", n == 1 ? "1 unread comment" : n + " unread comments");
            return badge;
        });
    }
}
