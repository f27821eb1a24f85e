/**
 * Getting a case study out of Casebook: Markdown export of the current text (in the shape the importer reads back);
 * the export action in the editor, and the export of each version on its row of the review panel, contributed through
 * {@link app.casebook.review.ui.VersionRowContribution} ({@code publish.ui}).
 *
 * <p>API: {@link app.casebook.publish.ExportService}. Errors: {@link app.casebook.base.NotFoundException},
 * {@link org.springframework.security.access.AccessDeniedException}. Publishes no events.
 */
package app.casebook.publish;
