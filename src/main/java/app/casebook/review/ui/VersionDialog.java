package app.casebook.review.ui;

import app.casebook.base.text.MarkdownRenderer;
import app.casebook.review.FrozenVersion;
import app.casebook.review.VersionSection;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A version exactly as submitted, read-only, with its content hash. */
class VersionDialog extends Dialog {

    VersionDialog(FrozenVersion v) {
        setId("version-dialog");
        setHeaderTitle(v.version().label() + " · " + v.version().status().label());
        setWidth("min(900px, 95vw)");
        Div body = new Div();
        body.add(new H2(v.title()));
        body.add(new Paragraph(String.join(" · ", v.jobTitle(), v.contextLine())));
        body.add(new Paragraph(v.headline()));
        for (VersionSection s : v.sections()) {
            body.add(new H3(s.heading()));
            body.add(new Html(MarkdownRenderer.toHtml(s.body())));
        }
        Paragraph hash = new Paragraph("Content hash (SHA-256): " + v.version().contentHash());
        hash.addClassName("version-hash");
        body.add(hash);
        add(body);
        Button close = new Button("Close", e -> close());
        close.setId("version-dialog-close");
        getFooter().add(close);
    }
}
