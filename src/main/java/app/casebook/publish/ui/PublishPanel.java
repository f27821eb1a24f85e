package app.casebook.publish.ui;

import app.casebook.base.InvalidInputException;
import app.casebook.base.ui.Format;
import app.casebook.base.ui.Notifications;
import app.casebook.publish.ApprovedVersion;
import app.casebook.publish.PublicLink;
import app.casebook.publish.Publication;
import app.casebook.publish.PublishService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Publish an approved version under a public link, unpublish it, allow search engines; export a version as PDF.
 * The service decides; this panel only offers what the owner may do.
 */
class PublishPanel extends VerticalLayout {

    private final PublishService publish;
    private final long caseStudyId;
    private final boolean canManage;
    private String freshLink;

    PublishPanel(PublishService publish, long caseStudyId, boolean canManage) {
        this.publish = publish;
        this.caseStudyId = caseStudyId;
        this.canManage = canManage;
        setId("publish-panel");
        setPadding(false);
    }

    /** Loads when shown, not when the editor opens (issue 14, heap per editor). */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    void refresh() {
        removeAll();
        Optional<Publication> live = publish.live(caseStudyId);
        List<ApprovedVersion> versions = publish.approvedVersions(caseStudyId);
        if (live.isPresent()) {
            Publication p = live.get();
            add(new Paragraph("Version " + p.versionNumber() + " is public since " + Format.when(p.publishedAt())
                    + "."));
            if (freshLink != null) {
                Anchor link = new Anchor(freshLink, freshLink, AnchorTarget.BLANK);
                link.setId("public-link");
                add(link, new Paragraph("Copy the link now: only its fingerprint is kept, so it is shown once. "
                        + "Publishing again makes a new link."));
            }
            if (canManage) {
                Checkbox indexing = new Checkbox("Let search engines index it", p.allowIndexing());
                indexing.setId("allow-indexing");
                indexing.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        publish.allowIndexing(caseStudyId, e.getValue());
                    }
                });
                Button unpublish = new Button("Unpublish", e -> {
                    publish.unpublish(caseStudyId);
                    freshLink = null;
                    Notifications.success("The public page is offline; its link no longer works.");
                    refresh();
                });
                unpublish.setId("unpublish-button");
                unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR);
                add(indexing, unpublish);
            }
        } else {
            add(new Paragraph("Not published."));
        }
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to publish yet: a version must be approved first.");
            none.setId("nothing-to-publish");
            add(none);
        }
        boolean first = true;
        for (ApprovedVersion v : versions) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            row.add(new Paragraph("Version " + v.number() + " · approved by " + v.approvals()));
            if (canManage) {
                Button button = new Button(live.map(p -> p.versionId() == v.id()).orElse(false) ? "Publish again"
                        : "Publish", e -> publish(v));
                button.setId(first ? "publish-button" : "publish-button-" + v.number());
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(button);
            }
            row.add(new ExportLink(() -> publish.versionPdf(v.id()), "PDF", "export-version-pdf-" + v.number()));
            add(row);
            first = false;
        }
    }

    private void publish(ApprovedVersion v) {
        try {
            PublicLink link = publish.publish(v.id());
            freshLink = base() + link.path();
            Notifications.success("Version " + v.number() + " is public.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private static String base() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        var request = current.getHttpServletRequest();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/";
    }
}
