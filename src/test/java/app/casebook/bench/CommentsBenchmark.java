package app.casebook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.Section;
import app.casebook.comment.Anchors;
import app.casebook.comment.CommentService;
import app.casebook.comment.CommentThread;
import app.casebook.comment.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11's speed targets for comments, on MariaDB ({@link MariaDbBenchmark}):
 * <ol>
 *   <li>the comments panel's model of a case study with 500 threads × 5 comments ({@code CommentService.threads}:
 *       threads, comments with their rendered HTML, history, mentions, anchors) — p95 under 50 ms, next to a case
 *       study with 5 threads in the same run;</li>
 *   <li>resolving 50 anchors against a section changed by 200 revisions since they were made — p95 under 20 ms for
 *       all 50 ({@link Anchors}, uncached), next to resolving them against the unchanged text;</li>
 *   <li>saving a section with 50 open anchored threads — at least 95% of the throughput of the same saves of a
 *       section without threads, alternating blocks in the same run.</li>
 * </ol>
 */
class CommentsBenchmark extends MariaDbBenchmark {

    @Autowired
    CommentService comments;

    private long importSeed(Account owner) {
        return Fixtures.as(owner, () -> caseStudies.importText(Fixtures.seedText()));
    }

    @Test
    void opening_the_comments_panel_of_500_threads_takes_under_50_ms() {
        Report report = new Report("Comments 1: panel model of 500 threads x 5 comments");
        report.info("load average before: %s", Machine.loadAverage());
        Account owner = newAccount("Bench Owner");
        long big = importSeed(owner);
        long small = importSeed(owner);
        Fixtures.as(owner, () -> {
            fill(big, 500);
            fill(small, 5);
        });
        List<Long> bigNanos = new ArrayList<>();
        List<Long> smallNanos = new ArrayList<>();
        Fixtures.as(owner, () -> {
            assertThat(comments.threads(big)).hasSize(500);
            for (int i = 0; i < 30; i++) {
                comments.threads(big);
                comments.threads(small);
            }
            for (int i = 0; i < 200; i++) {
                long t0 = System.nanoTime();
                List<CommentThread> threads = comments.threads(big);
                long t1 = System.nanoTime();
                comments.threads(small);
                long t2 = System.nanoTime();
                bigNanos.add(t1 - t0);
                smallNanos.add(t2 - t1);
                assertThat(threads.getFirst().comments()).hasSize(5);
            }
        });
        Stats bigStats = stats(bigNanos);
        Stats smallStats = stats(smallNanos);
        report.info("5 threads x 5 comments: %s", smallStats.summary());
        report.target("500 threads x 5 comments, p95 < 50 ms", bigStats.pMs(95) < 50, "%s", bigStats.summary());
        report.finish();
    }

    private void fill(long caseStudyId, int threads) {
        Section section = caseStudies.get(caseStudyId).sections().getFirst();
        String text = section.body();
        for (int i = 0; i < threads; i++) {
            int start = (i * 7) % Math.max(1, text.length() - 40);
            Passage passage = i % 2 == 0 ? new Passage(text, start, start + 25) : null;
            long thread = comments.openThread(section.id(), passage,
                    "Thread " + i + ": is **this** measured? See [the notes](https://example.com/" + i + ").", null);
            for (int c = 1; c < 5; c++) {
                comments.reply(thread, "Reply " + c + " with some *Markdown* and a list:\n\n- one\n- two");
            }
        }
    }

    @Test
    void resolving_50_anchors_after_200_revisions_takes_under_20_ms() {
        Report report = new Report("Comments 2: resolve 50 anchors after 200 revisions");
        String original = Prose.generate(6_000, 11);
        Random random = new Random(7);
        List<Anchors.Selector> selectors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int start = random.nextInt(original.length() - 80);
            int end = start + 10 + random.nextInt(60);
            selectors.add(Anchors.select(original, start, end));
        }
        String text = original;
        for (int r = 0; r < 200; r++) {
            text = Prose.edit(text, 0.002, 1000 + r);
        }
        String changed = text;
        int anchored = 0;
        int edited = 0;
        for (Anchors.Selector s : selectors) {
            if (Anchors.resolve(s, changed) instanceof Anchors.Resolution.Anchored a) {
                anchored++;
                edited += a.unchanged() ? 0 : 1;
            }
        }
        report.info("section of %,d chars, 200 revisions each changing about 0.2%% of the words: %d of 50 anchors "
                + "still anchored (%d of them on an edited passage), %d outdated", changed.length(), anchored, edited,
                50 - anchored);
        List<Long> changedNanos = new ArrayList<>();
        List<Long> unchangedNanos = new ArrayList<>();
        long sink = 0;
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            for (Anchors.Selector s : selectors) {
                sink += Anchors.resolve(s, changed).hashCode();
            }
            long t1 = System.nanoTime();
            for (Anchors.Selector s : selectors) {
                sink += Anchors.resolve(s, original).hashCode();
            }
            long t2 = System.nanoTime();
            if (i >= 50) {
                changedNanos.add(t1 - t0);
                unchangedNanos.add(t2 - t1);
            }
        }
        Stats after = stats(changedNanos);
        report.info("baseline, the same 50 against the text they were made on: %s", stats(unchangedNanos).summary());
        report.target("50 anchors after 200 revisions, p95 < 20 ms", after.pMs(95) < 20, "%s (sink %d)",
                after.summary(), sink % 10);
        report.finish();
    }

    @Test
    void saving_a_section_with_50_open_threads_keeps_95_percent_of_the_throughput() {
        Report report = new Report("Comments 3: save throughput with 50 open anchored threads");
        Account owner = newAccount("Bench Saver");
        long withThreads = importSeed(owner);
        long without = importSeed(owner);
        Fixtures.as(owner, () -> {
            Section s = caseStudies.get(withThreads).sections().getFirst();
            for (int i = 0; i < 50; i++) {
                int start = (i * 5) % (s.body().length() - 30);
                comments.openThread(s.id(), new Passage(s.body(), start, start + 20), "Thread " + i, null);
            }
        });
        long[] revisionOf = new long[2];
        long[] sectionOf = new long[2];
        Fixtures.as(owner, () -> {
            Section a = caseStudies.get(withThreads).sections().getFirst();
            Section b = caseStudies.get(without).sections().getFirst();
            sectionOf[0] = a.id();
            revisionOf[0] = a.revisionId();
            sectionOf[1] = b.id();
            revisionOf[1] = b.revisionId();
        });
        String base = Prose.generate(3_000, 5);
        int block = 50;
        long[] nanos = new long[2];
        int[] saves = new int[2];
        Fixtures.as(owner, () -> {
            for (int round = 0; round < 12; round++) {
                for (int k = 0; k < 2; k++) {
                    int which = (round + k) % 2;
                    long t0 = System.nanoTime();
                    for (int i = 0; i < block; i++) {
                        String text = base + " " + round + "-" + i;
                        revisionOf[which] = caseStudies.saveSectionText(sectionOf[which], revisionOf[which], text)
                                .revisionId();
                    }
                    if (round >= 2) {
                        nanos[which] += System.nanoTime() - t0;
                        saves[which] += block;
                    }
                }
            }
        });
        double with = saves[0] / (nanos[0] / 1e9);
        double plain = saves[1] / (nanos[1] / 1e9);
        report.info("without threads: %.0f saves/s over %d saves", plain, saves[1]);
        report.target("with 50 open anchored threads >= 95% of that", with >= 0.95 * plain, "%.0f saves/s = %.1f%%",
                with, 100 * with / plain);
        report.finish();
    }

    private static Stats stats(List<Long> nanos) {
        return new Stats(nanos.stream().mapToLong(Long::longValue).toArray());
    }
}
