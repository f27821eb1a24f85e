package app.casebook.revision.ui;

import app.casebook.revision.FieldComparison;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The whole case study at two points in time: every header field and section, with what changed between them word by
 * word. The points are two times (the text as it stood then) or two revisions picked in the history.
 */
public class CaseStudyCompareDialog extends Dialog {

    private final RevisionService revisions;
    private final long caseStudyId;
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("To");
    private final VerticalLayout result = new VerticalLayout();
    private boolean loaded;

    /** Opens with "from" at the first revision and "to" now. */
    public CaseStudyCompareDialog(RevisionService revisions, long caseStudyId) {
        this.revisions = revisions;
        this.caseStudyId = caseStudyId;
        build();
        loadOnOpen(() -> {
            int n = revisions.count(caseStudyId, null);
            List<Revision> first = n == 0 ? List.of() : revisions.history(caseStudyId, null, n - 1, 1);
            from.setValue(first.isEmpty() ? LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)
                    : local(first.getFirst().createdAt()));
            to.setValue(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
            compareTimes();
        });
    }

    /** Opens comparing the case study as it stood at the moments of two revisions. */
    public CaseStudyCompareDialog(RevisionService revisions, long caseStudyId, long olderRevisionId,
                                  long newerRevisionId) {
        this.revisions = revisions;
        this.caseStudyId = caseStudyId;
        build();
        loadOnOpen(() -> {
            Instant olderAt = revisions.get(olderRevisionId).createdAt();
            Instant newerAt = revisions.get(newerRevisionId).createdAt();
            from.setValue(local(olderAt));
            to.setValue(local(newerAt));
            // A point is the moment of the revision: everything saved with it (e.g. a whole import) is included.
            show(revisions.compareCaseStudy(caseStudyId, revisions.revisionAt(caseStudyId, olderAt),
                    revisions.revisionAt(caseStudyId, newerAt)));
        });
    }

    /** Reads the revisions when the dialog opens (is attached), not when it is made. */
    private void loadOnOpen(Runnable load) {
        addAttachListener(e -> {
            if (!loaded) {
                loaded = true;
                load.run();
            }
        });
    }

    private void build() {
        setHeaderTitle("Compare the whole case study");
        setId("compare-dialog");
        from.setId("compare-from");
        to.setId("compare-to");
        Button run = new Button("Compare", e -> compareTimes());
        run.setId("compare-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout pickers = new HorizontalLayout(from, to, run);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("compare-result");
        result.setPadding(false);
        add(new VerticalLayout(pickers, result));
        Button close = new Button("Close", e -> close());
        close.setId("compare-close");
        getFooter().add(close);
        setWidth("960px");
        setMaxHeight("90vh");
    }

    private void compareTimes() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            result.add(new Paragraph("Choose both times."));
            return;
        }
        long a = revisions.revisionAt(caseStudyId, instant(from.getValue()));
        long b = revisions.revisionAt(caseStudyId, instant(to.getValue()));
        show(revisions.compareCaseStudy(caseStudyId, a, b));
    }

    private void show(List<FieldComparison> comparisons) {
        result.removeAll();
        List<FieldComparison> changed = comparisons.stream()
                .filter(c -> c.change() != FieldComparison.Change.UNCHANGED).toList();
        Span summary = new Span(changed.isEmpty() ? "Nothing changed between these two points."
                : changed.size() + (changed.size() == 1 ? " part changed." : " parts changed."));
        summary.setId("compare-case-study-summary");
        result.add(summary);
        for (FieldComparison c : changed) {
            Div item = new Div();
            item.setId("compare-item-" + c.key());
            item.addClassName("compare-item");
            item.getElement().setAttribute("data-change", c.change().name());
            H4 label = new H4(c.label() + " — " + describe(c.change()));
            item.add(label, new DiffView(c.diff()));
            result.add(item);
        }
        List<String> unchanged = comparisons.stream()
                .filter(c -> c.change() == FieldComparison.Change.UNCHANGED).map(FieldComparison::label).toList();
        if (!unchanged.isEmpty()) {
            Paragraph same = new Paragraph("Unchanged: " + String.join(", ", unchanged) + ".");
            same.setId("compare-unchanged");
            same.addClassName("compare-item");
            same.getElement().setAttribute("data-change", "UNCHANGED");
            result.add(same);
        }
    }

    private static String describe(FieldComparison.Change change) {
        return switch (change) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
            case UNCHANGED -> "unchanged";
        };
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(ZoneId.systemDefault()).toInstant();
    }
}
