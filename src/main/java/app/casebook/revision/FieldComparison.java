package app.casebook.revision;

import app.casebook.base.text.WordDiff;

/**
 * One header field or section compared at two points in time. {@code key} is "title", "role", "context",
 * "headline" or "section-{id}"; {@code label} names it as it reads now (a renamed section shows both headings).
 */
public record FieldComparison(String key, String label, Long sectionId, Change change, WordDiff.Result diff) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }
}
