package app.casebook.revision.ui;

import app.casebook.base.text.WordDiff;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A word diff as text: insertions underlined in green, deletions struck through in red. Text is escaped. */
public class DiffView extends Div {

    public DiffView(WordDiff.Result diff) {
        addClassName("diff");
        for (WordDiff.Part part : diff.parts()) {
            Span span = new Span(part.text());
            switch (part.kind()) {
                case ADDED -> span.addClassName("diff-added");
                case REMOVED -> span.addClassName("diff-removed");
                case SAME -> { }
            }
            add(span);
        }
        getElement().setAttribute("aria-label",
                diff.wordsAdded() + " words added, " + diff.wordsRemoved() + " words removed");
    }
}
