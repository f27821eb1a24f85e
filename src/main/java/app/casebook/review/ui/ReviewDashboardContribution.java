package app.casebook.review.ui;

import app.casebook.base.ui.Format;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.ui.DashboardContext;
import app.casebook.casestudy.ui.DashboardContribution;
import app.casebook.review.AwaitingReview;
import app.casebook.review.ReviewService;
import app.casebook.review.ReviewStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Review on the dashboard: each case study's status from its versions ("In review (v2)") as the Status column, and
 * "Awaiting my review" above the list for whoever has versions to decide on, and as a mark on those rows, which come
 * first in the list. Two queries for the whole list.
 */
@Component
class ReviewDashboardContribution implements DashboardContribution {

    private final ReviewService reviews;

    ReviewDashboardContribution(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(DashboardContext dashboard) {
        Map<Long, ReviewStatus> statuses = reviews.statuses(dashboard.caseStudies().stream()
                .map(CaseStudySummary::id).toList());
        List<AwaitingReview> awaiting = reviews.awaitingMyReview();
        java.util.Set<Long> awaitingMe = new java.util.HashSet<>();
        awaiting.forEach(a -> awaitingMe.add(a.caseStudyId()));
        dashboard.addColumn("status", "Status", cs -> {
            Span badge = new Span(statuses.getOrDefault(cs.id(), ReviewStatus.DRAFT).label());
            badge.getElement().getThemeList().add("badge");
            if (!awaitingMe.contains(cs.id())) {
                return badge;
            }
            Span mine = new Span("Awaiting my review");
            mine.setId("awaiting-my-review-" + cs.id());
            mine.getElement().getThemeList().add("badge contrast");
            Span both = new Span(badge, new Span(" "), mine);
            both.addClassName("review-state");
            return both;
        });
        dashboard.addNeedsMe(0, cs -> awaitingMe.contains(cs.id()));
        if (awaiting.isEmpty()) {
            return;
        }
        Div block = new Div();
        block.setId("awaiting-my-review");
        block.addClassName("awaiting-my-review");
        UnorderedList list = new UnorderedList();
        for (AwaitingReview a : awaiting) {
            Anchor link = new Anchor("case-studies/" + a.caseStudyId(), a.title() + " — v" + a.number());
            link.setId("awaiting-" + a.versionId());
            list.add(new ListItem(link, new Span(" by " + a.ownerName() + ", submitted " + Format.when(a.submittedAt()))));
        }
        block.add(new H3("Awaiting my review (" + awaiting.size() + ")"), list);
        dashboard.addSection(block);
    }
}
