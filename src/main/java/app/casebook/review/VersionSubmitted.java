package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** The owner submitted the case study as version {@code number} with {@code reviewers} required reviewers; {@code signOffsCarriedOver} sign-offs of unchanged sections were carried over from earlier versions. */
public record VersionSubmitted(long caseStudyId, long actorId, long versionId, int number, int reviewers, int signOffsCarriedOver) implements CaseStudyEvent {
}
