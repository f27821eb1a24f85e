package app.casebook.bench;

import app.casebook.account.Account;
import app.casebook.base.text.Words;
import app.casebook.casestudy.Section;
import app.casebook.review.ChangesSinceReview;
import app.casebook.review.ReviewService;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 12's speed targets on MariaDB, for a case study of 30 sections of about 2,000 words each (some 400 KB):
 * <ul>
 *   <li>submitting a version (quality checks, hashes, the frozen copy of every section, the activity line) p95 under
 *   100 ms; baseline in the same run: reading the case study with its sections ({@code CaseStudyService.get}), which
 *   a submission does first;</li>
 *   <li>"changes since you last reviewed" with 3 changed sections p95 under 50 ms; baseline: reading one frozen
 *   version ({@code ReviewService.frozenVersion}).</li>
 * </ul>
 */
class ReviewBenchmark extends MariaDbBenchmark {

    private static final int SECTIONS = 30;
    private static final int WARMUP = 20;
    private static final int MEASURED = 100;

    @Autowired
    ReviewService reviews;

    @Test
    void submitting_a_big_version_and_reading_the_changes_since_the_last_review() {
        Report report = new Report("Issue 12: submit a version, changes since you last reviewed (MariaDB)");
        Account owner = newAccount("Bench Owner");
        Account reviewer = newAccount("Bench Reviewer");
        loginAs(owner);
        try {
            long caseStudyId = caseStudies.create("A big case study", caseStudies.templates().getFirst().id());
            addMember(caseStudyId, reviewer, "REVIEWER", owner);
            for (int i = caseStudies.get(caseStudyId).sections().size(); i < SECTIONS; i++) {
                caseStudies.addSection(caseStudyId, "Section " + (i + 1), i);
            }
            long words = 0;
            int n = 0;
            for (Section s : caseStudies.get(caseStudyId).sections()) {
                String text = Prose.generate(12_600, s.id());
                words += Words.count(text);
                caseStudies.saveSectionText(s.id(), s.revisionId(), text);
                n++;
            }
            report.info("setup: %d sections, %,d words in all (%,d per section on average)", n, words, words / n);
            report.info("load average: %s", Machine.loadAverage());

            // Submitting: each measured submission is withdrawn afterwards (not timed), so that the next may follow.
            long[] submit = new long[MEASURED];
            long[] read = new long[MEASURED];
            List<Long> required = List.of(reviewer.id());
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long t0 = System.nanoTime();
                caseStudies.get(caseStudyId);
                long t1 = System.nanoTime();
                long v = reviews.submit(caseStudyId, "Round " + i, required, true);
                long t2 = System.nanoTime();
                reviews.withdraw(v);
                if (i >= WARMUP) {
                    read[i - WARMUP] = t1 - t0;
                    submit[i - WARMUP] = t2 - t1;
                }
            }
            Stats submitStats = new Stats(submit);
            Stats readStats = new Stats(read);
            report.info("%-60s %s", "ReviewService.submit, 30 sections of ~2,000 words", submitStats.summary());
            report.info("%-60s %s", "baseline: CaseStudyService.get of the same case study", readStats.summary());
            report.info("ratio submit / get at p50: %.2f", submitStats.pMs(50) / readStats.pMs(50));
            report.target("submit p95 < 100 ms", submitStats.pMs(95) < 100, "p50 %s ms, p95 %s ms, p99 %s ms",
                    Stats.ms(submitStats.pMs(50)), Stats.ms(submitStats.pMs(95)), Stats.ms(submitStats.pMs(99)));

            // Changes since the last review: the reviewer requested changes on v(k), 3 sections were edited, v(k+1).
            long older = reviews.submit(caseStudyId, "Before", required, true);
            as(reviewer, () -> reviews.requestChanges(older, "Three sections need work."));
            List<Section> sections = caseStudies.get(caseStudyId).sections();
            for (int k : new int[] {2, 14, 27}) {
                Section s = sections.get(k);
                caseStudies.saveSectionText(s.id(), s.revisionId(), Prose.edit(s.body(), 0.02, k));
            }
            long newer = reviews.submit(caseStudyId, "After", required, true);
            ChangesSinceReview check = as(reviewer, () -> reviews.changesSinceMyLastReview(newer).orElseThrow());
            if (check.changedCount() != 3) {
                throw new AssertionError("expected 3 changed sections, got " + check.changedCount());
            }
            long[] changes = new long[MEASURED];
            long[] frozen = new long[MEASURED];
            long sink = 0;
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long t0 = System.nanoTime();
                sink += as(reviewer, () -> reviews.changesSinceMyLastReview(newer).orElseThrow().changedCount());
                long t1 = System.nanoTime();
                sink += as(reviewer, () -> reviews.frozenVersion(newer).sections().size());
                long t2 = System.nanoTime();
                if (i >= WARMUP) {
                    changes[i - WARMUP] = t1 - t0;
                    frozen[i - WARMUP] = t2 - t1;
                }
            }
            Stats changeStats = new Stats(changes);
            Stats frozenStats = new Stats(frozen);
            report.info("%-60s %s", "changesSinceMyLastReview, 3 of 30 sections changed", changeStats.summary());
            report.info("%-60s %s", "baseline: frozenVersion (one version's text)", frozenStats.summary());
            report.info("ratio changes / one frozen version at p50: %.2f (sink %d)",
                    changeStats.pMs(50) / frozenStats.pMs(50), sink % 10);
            report.target("changes since last review p95 < 50 ms", changeStats.pMs(95) < 50,
                    "p50 %s ms, p95 %s ms, p99 %s ms", Stats.ms(changeStats.pMs(50)), Stats.ms(changeStats.pMs(95)),
                    Stats.ms(changeStats.pMs(99)));
            report.finish();
        } finally {
            logout();
        }
    }

    /** Runs {@code action} as {@code account}, then as the owner again. */
    private static <T> T as(Account account, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        loginAs(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
