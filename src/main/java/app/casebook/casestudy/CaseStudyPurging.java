package app.casebook.casestudy;

/**
 * A deleted case study is about to be removed for good (30 days after its deletion, PRODUCT.md). Published
 * synchronously inside the purging transaction, before the case study's own rows go: every feature that keeps rows
 * referring to the case study (comments, versions, notifications, public pages…) deletes them in a listener of its
 * own, so that the purge needs to know no feature. Not a {@link app.casebook.base.CaseStudyEvent}: nobody is
 * watching a case study that is being purged, and it never reaches the live bus.
 */
public record CaseStudyPurging(long caseStudyId) {
}
