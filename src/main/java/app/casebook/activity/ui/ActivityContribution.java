package app.casebook.activity.ui;

import app.casebook.activity.ActivityService;
import app.casebook.casestudy.PresenceChanged;
import app.casebook.casestudy.SectionSaved;
import app.casebook.casestudy.HeaderChanged;
import app.casebook.casestudy.ui.EditorContext;
import app.casebook.casestudy.ui.EditorContribution;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "Activity" panel of the editor: the case study's activity log, for every member. */
@Component
@Order(30)
class ActivityContribution implements EditorContribution {

    private final ActivityService activity;

    ActivityContribution(ActivityService activity) {
        this.activity = activity;
    }

    @Override
    public void contribute(EditorContext editor) {
        ActivityPanel panel = new ActivityPanel(activity, editor.caseStudyId());
        editor.addPanel("activity", "Activity", 30, panel);
        editor.onEvent(event -> {
            boolean logged = !(event instanceof SectionSaved || event instanceof HeaderChanged
                    || event instanceof PresenceChanged);
            if (logged && panel.isAttached()) {
                panel.refresh();
            }
        });
    }
}
