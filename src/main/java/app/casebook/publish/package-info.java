/**
 * Getting a case study out of Casebook: Markdown export of the current text (in the shape the importer reads back);
 * the export action in the editor ({@code publish.ui}).
 *
 * <p>API: {@link app.casebook.publish.ExportService}. Errors: {@link app.casebook.base.NotFoundException},
 * {@link org.springframework.security.access.AccessDeniedException}. Publishes no events.
 */
package app.casebook.publish;
