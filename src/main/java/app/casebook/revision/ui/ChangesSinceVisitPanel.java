package app.casebook.revision.ui;

import app.casebook.base.ui.Format;
import app.casebook.revision.ChangesSinceVisit;
import app.casebook.revision.RevisionService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import com.vaadin.flow.function.SerializableBiConsumer;

/**
 * "Changed since I last looked": reads what others changed since this person's last visit, then records this visit.
 * Shows one line for the whole case study and gives a badge for each changed section.
 */
public class ChangesSinceVisitPanel extends Composite<Div> {

    private final RevisionService revisions;
    private final long caseStudyId;
    private final SerializableBiConsumer<Long, Component> badges;
    private boolean loaded;

    /**
     * {@code badges} receives, once the panel is shown, a badge for each section others changed (e.g. "Changed by
     * Riley since your last visit").
     */
    public ChangesSinceVisitPanel(RevisionService revisions, long caseStudyId, SerializableBiConsumer<Long, Component> badges) {
        this.revisions = revisions;
        this.caseStudyId = caseStudyId;
        this.badges = badges;
        Div root = getContent();
        root.setId("changes-since-visit");
        root.addClassName("changes-since-visit");
        root.setVisible(false);
    }

    /** Reads what others changed since the last visit, then records this visit; once per page. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (loaded) {
            return;
        }
        loaded = true;
        ChangesSinceVisit changes = revisions.changesSinceLastVisit(caseStudyId);
        revisions.markVisited(caseStudyId);
        Div root = getContent();
        root.setVisible(!changes.isEmpty());
        if (changes.isEmpty()) {
            return;
        }
        List<String> parts = changes.changes().stream()
                .map(c -> c.name() + " " + verb(c) + " by " + names(c.authors())).toList();
        root.setText("Since your last visit (" + Format.when(changes.lastVisitedAt()) + "): "
                + String.join("; ", parts) + ".");
        for (ChangesSinceVisit.Change c : changes.changes()) {
            if (c.sectionId() != null && !c.removed()) {
                badges.accept(c.sectionId(), badge(c));
            }
        }
    }

    private static Component badge(ChangesSinceVisit.Change c) {
        String verb = verb(c);
        Span badge = new Span(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " by "
                + names(c.authors()) + " since your last visit");
        badge.setId("changed-" + c.sectionId());
        badge.addClassName("changed-badge");
        badge.getElement().setAttribute("title", "Last change " + Format.when(c.lastChangedAt()));
        return badge;
    }

    private static String verb(ChangesSinceVisit.Change c) {
        return c.removed() ? "removed" : c.added() ? "added" : "changed";
    }

    private static String names(List<String> authors) {
        if (authors.size() <= 1) {
            return String.join("", authors);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.getLast();
    }
}
