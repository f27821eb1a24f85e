package app.casebook.review;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;

/** A seed case study with its placeholders replaced by text that passes every quality check, and two reviewers. */
public record ReviewFixture(long caseStudyId, Account owner, Account reviewer1, Account reviewer2) {

    /** About 100 words with a measurable result: within every range of the leadership template. */
    public static String textFor(String heading) {
        StringBuilder b = new StringBuilder(heading).append(": ");
        for (int i = 0; b.toString().split("\\s+").length < 100; i++) {
            b.append("We changed how the platform team works and measured it carefully every week. ");
        }
        return b.append("Costs fell by 40% in 9 months.").toString();
    }

    public static ReviewFixture create(Fixtures fixtures, CaseStudyService caseStudies) {
        Account owner = fixtures.account("Casey Candidate");
        Account r1 = fixtures.account("Riley Reviewer");
        Account r2 = fixtures.account("Robin Reviewer");
        long id = fixtures.importSeed(owner);
        fixtures.addMember(id, r1, MemberRole.REVIEWER);
        fixtures.addMember(id, r2, MemberRole.REVIEWER);
        Fixtures.as(owner, () -> {
            for (Section s : caseStudies.get(id).sections()) {
                caseStudies.saveSectionText(s.id(), s.revisionId(), textFor(s.heading()));
            }
        });
        return new ReviewFixture(id, owner, r1, r2);
    }

    public Section section(CaseStudyService caseStudies, String heading) {
        return Fixtures.as(owner, () -> caseStudies.get(caseStudyId).sections().stream()
                .filter(s -> s.heading().equals(heading)).findFirst().orElseThrow());
    }

    /** Saves a new text of one section as the owner. */
    public void edit(CaseStudyService caseStudies, String heading, String text) {
        Section s = section(caseStudies, heading);
        Fixtures.as(owner, () -> caseStudies.saveSectionText(s.id(), s.revisionId(), text));
    }
}
