package app.casebook.casestudy.ui;

import app.casebook.casestudy.CaseStudySummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/** What a {@link DashboardContribution} may add to one showing of the dashboard. Valid until its next refresh. */
public interface DashboardContext {

    /** The case studies listed for the person (theirs and those shared with them), as loaded for this showing. */
    List<CaseStudySummary> caseStudies();

    /**
     * A column on the list. {@code cell} makes the cell of one row (it may return {@code null} for an empty cell);
     * {@code key} is also the column's element id suffix for tests ({@code case-studies-<key>}).
     */
    void addColumn(String key, String header, SerializableFunction<CaseStudySummary, Component> cell);

    /** A block above the list, e.g. "Awaiting my review". */
    void addSection(Component section);
}
