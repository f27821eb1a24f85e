package app.casebook.notification.ui;

import app.casebook.casestudy.CaseStudySummary;
import app.casebook.casestudy.ui.DashboardContext;
import app.casebook.casestudy.ui.DashboardContribution;
import app.casebook.notification.NotificationService;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dashboard's "Unread notifications" column: my unread notifications about each case study, one query for the
 * list; a case study with unread notifications needs me (it comes before those without).
 */
@Component
class UnreadNotificationsColumn implements DashboardContribution {

    private final NotificationService notifications;

    UnreadNotificationsColumn(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(DashboardContext dashboard) {
        Map<Long, Integer> unread = notifications.unreadByCaseStudy(dashboard.caseStudies().stream()
                .map(CaseStudySummary::id).toList());
        dashboard.addUnreadColumn("unread-notifications", "Unread notifications", "notification", unread);
    }
}
