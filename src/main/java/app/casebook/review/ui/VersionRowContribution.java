package app.casebook.review.ui;

import app.casebook.casestudy.MemberRole;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Another feature's actions on one version's row of the editor's "Review" panel, e.g. the Markdown and PDF export of
 * that version ({@code publish.ui}). Every Spring bean implementing it is asked for each row each time the panel
 * shows its versions, so that review knows no feature that builds on it (publish depends on review, not the other
 * way round). A contribution returns only what the person's role allows; its service checks again.
 */
public interface VersionRowContribution {

    /** The components to show on the row of version {@code versionId} (its {@code number}), left to right. */
    List<Component> actions(long caseStudyId, long versionId, int number, MemberRole myRole);
}
