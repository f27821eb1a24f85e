package app.casebook.casestudy.ui;

import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.QualityChecks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quality checks of the whole case study as one line at the top ("3 issues: …" or "Ready for review"), and
 * each section's own issues in the list under it. Read again after every save.
 */
class QualityPanel extends Composite<Div> {

    private final CaseStudyService caseStudies;
    private final long caseStudyId;

    QualityPanel(CaseStudyService caseStudies, long caseStudyId) {
        this.caseStudies = caseStudies;
        this.caseStudyId = caseStudyId;
        Div root = getContent();
        root.setId("quality-summary");
        root.addClassName("quality-summary");
    }

    /** Checks the saved text again and shows the result here and under each section. */
    void refresh(List<SectionEditor> editors) {
        List<QualityChecks.Issue> issues = caseStudies.qualityReport(caseStudyId);
        getContent().setText(QualityChecks.summary(issues));
        getContent().getElement().setAttribute("data-state", issues.isEmpty() ? "ready" : "issues");
        Map<Long, List<QualityChecks.Issue>> bySection = issues.stream()
                .collect(Collectors.groupingBy(QualityChecks.Issue::sectionId));
        for (SectionEditor editor : editors) {
            editor.showIssues(bySection.getOrDefault(editor.sectionId(), List.of()));
        }
    }
}
