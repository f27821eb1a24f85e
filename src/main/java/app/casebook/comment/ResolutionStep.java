package app.casebook.comment;

import java.time.Instant;

/** One resolve ({@code resolved}) or reopen of a thread: who, when. */
public record ResolutionStep(boolean resolved, long actorId, String actorName, Instant at) {
}
