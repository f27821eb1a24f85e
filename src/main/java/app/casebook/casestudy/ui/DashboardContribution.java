package app.casebook.casestudy.ui;

/**
 * A feature's part of the dashboard ("Case studies"): a column on the list of case studies (unread comments, review
 * state) or a block above it ("Awaiting my review", notifications), a reason a row needs the person (it then comes
 * first: {@link DashboardContext#addNeedsMe}) and what last happened on it with who
 * ({@link DashboardContext#addLastActivity}). Every Spring bean implementing it is asked each
 * time the dashboard shows its list (on opening and on every refresh), ordered by {@link #order()}, so that the
 * dashboard knows no other feature.
 *
 * <p>A contribution loads what it needs for all listed case studies at once ({@link DashboardContext#caseStudies()}),
 * in one query, never one query per row.
 */
public interface DashboardContribution {

    /** Smaller first: blocks from top to bottom, columns from left to right after the dashboard's own. */
    int order();

    void contribute(DashboardContext dashboard);
}
