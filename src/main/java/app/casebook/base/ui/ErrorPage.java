package app.casebook.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of an error page: a title, what happened in plain words, and a way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static VerticalLayout notFound() {
        return of("Not found", "There is nothing here, or it is not shared with you. "
                + "Check the link, or ask the person who sent it to invite you.");
    }

    static VerticalLayout of(String title, String text) {
        H1 heading = new H1(title);
        heading.setId("error-title");
        VerticalLayout layout = new VerticalLayout(heading, new Paragraph(text),
                new Anchor("", "Back to your case studies"));
        layout.addClassName("error-page");
        return layout;
    }
}
