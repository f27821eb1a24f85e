/**
 * Case studies and their sections: create from a template, import, read, edit with autosave, merge of concurrent
 * edits, add/remove/reorder sections, quality checks, templates, presence; who may do what on a case study
 * ({@link app.casebook.casestudy.CaseStudyAccess}, {@link app.casebook.casestudy.MemberRole},
 * {@link app.casebook.casestudy.Permission}); the dashboard and the editor ({@code casestudy.ui}), which other features
 * extend through {@link app.casebook.casestudy.ui.EditorContribution}.
 *
 * <p>API: {@link app.casebook.casestudy.CaseStudyService}, {@link app.casebook.casestudy.PresenceService}. Errors:
 * {@link app.casebook.base.NotFoundException} (unknown, deleted or not shared),
 * {@link org.springframework.security.access.AccessDeniedException} (a member whose role does not allow it),
 * {@link app.casebook.base.InvalidInputException} (over a limit, empty where text is required). Events:
 * {@link app.casebook.casestudy.CaseStudyCreated}, {@link app.casebook.casestudy.CaseStudyImported},
 * {@link app.casebook.casestudy.HeaderChanged}, {@link app.casebook.casestudy.SectionSaved},
 * {@link app.casebook.casestudy.SectionRenamed}, {@link app.casebook.casestudy.SectionAdded},
 * {@link app.casebook.casestudy.SectionRemoved}, {@link app.casebook.casestudy.SectionRestored},
 * {@link app.casebook.casestudy.SectionsReordered}, {@link app.casebook.casestudy.CaseStudyDeleted},
 * {@link app.casebook.casestudy.PresenceChanged} (live only).
 */
package app.casebook.casestudy;
