package app.casebook.casestudy;

/** A person looking at a case study, and the section they are editing (null when none). */
public record Presence(long accountId, String name, Long editingSectionId) {

    /** Up to two initials for an avatar. */
    public String initials() {
        String[] parts = name.strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && b.length() < 2) {
                b.appendCodePoint(p.codePointAt(0));
            }
        }
        return b.toString().toUpperCase();
    }
}
