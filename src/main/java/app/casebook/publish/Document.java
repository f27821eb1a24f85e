package app.casebook.publish;

import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.Section;
import java.util.List;

/**
 * One case study in the neutral shape every output is made from (the public page, the PDF): the header fields, the
 * sections as heading plus Markdown, and two lines saying which text this is ({@code versionLabel}, e.g. "Version 3"
 * or "Draft") and whether it was approved ({@code approvalLine}, e.g. "Approved by 2 reviewers on 1 Dec 2026").
 * Built from the current draft ({@link #ofDraft}) or from a frozen version.
 */
public record Document(long caseStudyId, String title, String role, String context, String headline,
                       List<Part> sections, String versionLabel, String approvalLine) {

    public Document {
        title = nonNull(title);
        role = nonNull(role);
        context = nonNull(context);
        headline = nonNull(headline);
        sections = List.copyOf(sections);
        versionLabel = nonNull(versionLabel);
        approvalLine = nonNull(approvalLine);
    }

    /** A section: its heading and its Markdown body. */
    public record Part(String heading, String markdown) {
        public Part {
            heading = nonNull(heading);
            markdown = nonNull(markdown);
        }
    }

    /** The current text of a case study, labelled as the draft (not approved). */
    public static Document ofDraft(CaseStudyDetails details) {
        var c = details.caseStudy();
        List<Part> parts = details.sections().stream().map(Document::part).toList();
        return new Document(c.id(), c.title(), c.jobTitle(), c.contextLine(), c.headline(), parts, "Draft",
                "Not approved: current draft");
    }

    private static Part part(Section s) {
        return new Part(s.heading(), s.body());
    }

    /** How many words the sections hold (for limits and benchmarks). */
    public int words() {
        int n = 0;
        for (Part p : sections) {
            String t = p.markdown().strip();
            n += t.isEmpty() ? 0 : t.split("\\s+").length;
        }
        return n;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
