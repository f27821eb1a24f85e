package app.casebook.casestudy.ui;

import app.casebook.casestudy.CaseStudySummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a {@link DashboardContribution} may add to one showing of the dashboard. Valid until its next refresh. */
public interface DashboardContext {

    /** The case studies listed for the person (theirs and those shared with them), as loaded for this showing. */
    List<CaseStudySummary> caseStudies();

    /**
     * A column on the list. {@code cell} makes the cell of one row (it may return {@code null} for an empty cell);
     * {@code key} is also the column's element id suffix for tests ({@code case-studies-<key>}).
     */
    void addColumn(String key, String header, SerializableFunction<CaseStudySummary, Component> cell);

    /**
     * A column of how many unread {@code noun}s each case study has for the person (comments, notifications…): a
     * badge with the count (id {@code <key>-<case study id>}, class {@code key}, title "1 unread comment" / "3 unread
     * comments"), empty at 0; a case study with any needs the person (rank 1 of {@link #addNeedsMe}).
     * {@code unread} maps case study ids to counts; a missing id counts 0.
     */
    default void addUnreadColumn(String key, String header, String noun, Map<Long, Integer> unread) {
        addNeedsMe(1, summary -> unread.getOrDefault(summary.id(), 0) > 0);
        addColumn(key, header, summary -> {
            int n = unread.getOrDefault(summary.id(), 0);
            if (n == 0) {
                return null;
            }
            Span badge = new Span(String.valueOf(n));
            badge.setId(key + "-" + summary.id());
            badge.addClassName(key);
            badge.getElement().setAttribute("title", n == 1 ? "1 unread " + noun : n + " unread " + noun + "s");
            return badge;
        });
    }

    /** A block above the list, e.g. "Awaiting my review". */
    void addSection(Component section);

    /**
     * A reason a case study needs the person (awaiting their review, unread comments…): rows for which
     * {@code needsMe} holds come before those for which no reason holds, the smallest {@code rank} of the reasons
     * that hold first (0 awaiting my review, 1 something unread). Rows of the same rank are listed by last activity,
     * newest first.
     */
    void addNeedsMe(int rank, SerializablePredicate<CaseStudySummary> needsMe);

    /**
     * What last happened on a case study as a contributing feature knows it (e.g. the activity log), or {@code null}
     * when it knows nothing. The list's "Last activity" shows, and sorts by, the newest of these and the case study's
     * own last change.
     */
    void addLastActivity(SerializableFunction<CaseStudySummary, LastActivity> lastActivity);

    /** When something last happened and who did it ({@code who} may be null when the account is gone). */
    record LastActivity(Instant at, String who) implements Serializable {

        /** "Riley Reviewer, 5 minutes ago", or just the time when nobody is known. */
        public String text(String when) {
            return who == null || who.isBlank() ? when : who + ", " + when;
        }
    }
}
