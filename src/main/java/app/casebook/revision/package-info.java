/**
 * The revision history: browse the history of a case study or a section, compare two revisions or two points in
 * time word by word, restore an old text (as a new revision), "changed since my last visit"; the history panel
 * ({@code revision.ui}). Revisions are written by the case-study feature with every change.
 *
 * <p>API: {@link app.casebook.revision.RevisionService}. Errors: {@link app.casebook.base.NotFoundException},
 * {@link org.springframework.security.access.AccessDeniedException} (viewers do not see the history; only editors and
 * the owner restore). Publishes no events of its own: a restore is a {@link app.casebook.casestudy.SectionSaved} of
 * kind RESTORE.
 */
package app.casebook.revision;
