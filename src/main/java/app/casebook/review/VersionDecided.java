package app.casebook.review;

import app.casebook.base.CaseStudyEvent;

/** Version {@code number} is decided: approved (every required reviewer approved) or changes requested. */
public record VersionDecided(long caseStudyId, long actorId, long versionId, int number, VersionStatus status) implements CaseStudyEvent {
}
