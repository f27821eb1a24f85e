/**
 * Review and approval (PRODUCT.md capability 7): numbered, frozen versions with a content hash, required reviewers,
 * decisions (approve, request changes), per-section sign-offs that carry over to unchanged sections, "changes since
 * you last reviewed", and the case study's status derived from its versions. The rules are in
 * {@link app.casebook.review.ReviewWorkflow} (no Spring); the review panel, the submit dialog and the dashboard's
 * status and "Awaiting my review" (a block, a mark on the row, and those rows first) are in {@code review.ui}, where
 * {@link app.casebook.review.ui.VersionRowContribution} lets features built on review (publish: export) add to each
 * version's row.
 *
 * <p>API: {@link app.casebook.review.ReviewService} ({@code frozenVersion} reads a version exactly as submitted, for
 * publishing). Errors: {@link app.casebook.base.NotFoundException} (not a member, unknown id),
 * {@link org.springframework.security.access.AccessDeniedException} (a member whose part does not allow it),
 * {@link app.casebook.base.InvalidInputException} (over a limit, or not allowed in the version's state),
 * {@link app.casebook.review.SubmissionRefused} (quality checks). Events: {@link app.casebook.review.VersionSubmitted},
 * {@link app.casebook.review.VersionWithdrawn}, {@link app.casebook.review.ReviewDecided},
 * {@link app.casebook.review.VersionDecided}, {@link app.casebook.review.SectionSignedOff},
 * {@link app.casebook.review.ReviewerAdded}, {@link app.casebook.review.ReviewerRemoved}. Listens to
 * {@code MemberRemoved} and {@code MemberRoleChanged} (a required reviewer leaves) and {@code CaseStudyPurging}.
 */
package app.casebook.review;
