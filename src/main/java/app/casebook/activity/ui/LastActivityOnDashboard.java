package app.casebook.activity.ui;

import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.ui.DashboardContext;
import app.casebook.casestudy.ui.DashboardContribution;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The activity log's part of the dashboard's "Last activity": the newest line of each listed case study (a comment,
 * a review decision, a publish…) with who, one query for the list; the dashboard shows the newer of it and the case
 * study's own last change.
 */
@Component
class LastActivityOnDashboard implements DashboardContribution {

    private final ActivityService activity;

    LastActivityOnDashboard(ActivityService activity) {
        this.activity = activity;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(DashboardContext dashboard) {
        Map<Long, ActivityEntry> newest = activity.newest(dashboard.caseStudies().stream()
                .map(CaseStudySummary::id).toList());
        dashboard.addLastActivity(summary -> {
            ActivityEntry e = newest.get(summary.id());
            return e == null ? null : new DashboardContext.LastActivity(e.createdAt(), e.actorName());
        });
    }
}
