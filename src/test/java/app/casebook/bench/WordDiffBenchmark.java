package app.casebook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.text.WordDiff;
import app.casebook.base.text.Words;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target 3: a word diff of two 20 KB texts (prose, about 5% of the words changed at scattered places) takes under
 * 5 ms at the 95th percentile after warm-up. The baseline in the same run is the word diff as first written
 * (java-diff-utils' Myers over the string tokens), kept here as {@link #reference}; the check that the results
 * are identical runs before anything is timed.
 */
class WordDiffBenchmark {

    private static final int PAIRS = 8;
    private static final int WARMUP_ROUNDS = 60;
    private static final int MEASURED_ROUNDS = 10;
    private static final int REPEATS = 6;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void word_diff_of_two_20_kb_texts_takes_under_5_ms() {
        Report report = new Report("Target 3: WordDiff.compare of two 20 KB texts");
        String load = Machine.loadAverage();
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            String old = Prose.generate(20_000, 100 + i);
            pairs.add(new String[] {old, Prose.edit(old, 0.05, 200 + i)});
        }
        String[] first = pairs.getFirst();
        report.info("input: %d pairs, old %,d chars / %,d words, new %,d chars, %d words added / %d removed (pair 1)",
                PAIRS, first[0].length(), Words.count(first[0]), first[1].length(),
                WordDiff.compare(first[0], first[1]).wordsAdded(), WordDiff.compare(first[0], first[1]).wordsRemoved());

        checkIdenticalToReference(pairs);
        report.info("check: on %d random pairs (sizes 0..20 KB, 0..30%% changed) the parts rebuild both texts and "
                + "equal the reference diff", checkedPairs);

        long sink = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            for (String[] p : pairs) {
                sink += WordDiff.compare(p[0], p[1]).parts().size();
                sink += reference(p[0], p[1]).parts().size();
            }
        }
        // Blocks of one version then the other, alternating which goes first, so that neither pays for the
        // other's garbage; wall-clock time and this thread's CPU time of every call.
        Samples current = new Samples();
        Samples baseline = new Samples();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (int half = 0; half < 2; half++) {
                boolean measureCurrent = (round + half) % 2 == 0;
                for (int rep = 0; rep < REPEATS; rep++) {
                    for (String[] p : pairs) {
                        long cpu0 = CPU.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        sink += (measureCurrent ? WordDiff.compare(p[0], p[1]) : reference(p[0], p[1])).parts().size();
                        long t1 = System.nanoTime();
                        long cpu1 = CPU.getCurrentThreadCpuTime();
                        (measureCurrent ? current : baseline).add(t1 - t0, cpu1 - cpu0);
                    }
                }
            }
        }
        Stats wall = current.wall();
        Stats cpu = current.cpu();
        report.info("load average before/after: %s / %s (2 cores shared with other work)", load, Machine.loadAverage());
        report.info("reference (first version, java-diff-utils on string tokens), wall: %s", baseline.wall().summary());
        report.info("reference, thread CPU time: %s", baseline.cpu().summary());
        report.info("WordDiff.compare, wall: %s", wall.summary());
        report.info("WordDiff.compare, thread CPU time: %s", cpu.summary());
        report.info("ratio reference/current at p50 (wall): %.2fx; at p95 (wall): %.2fx (sink %d)",
                baseline.wall().pMs(50) / wall.pMs(50), baseline.wall().pMs(95) / wall.pMs(95), sink % 10);
        String unrelatedOld = Prose.generate(20_000, 900);
        String unrelatedNew = Prose.generate(20_000, 901);
        long u0 = System.nanoTime();
        WordDiff.compare(unrelatedOld, unrelatedNew);
        long u1 = System.nanoTime();
        reference(unrelatedOld, unrelatedNew);
        long u2 = System.nanoTime();
        report.info("worst case, not a target: two unrelated 20 KB texts (a section replaced wholesale): WordDiff %s ms, "
                + "reference %s ms", Stats.ms((u1 - u0) / 1e6), Stats.ms((u2 - u1) / 1e6));
        report.target("WordDiff 20 KB p95 < 5 ms (wall clock)", wall.pMs(95) < 5, "p50 %s ms, p95 %s ms",
                Stats.ms(wall.pMs(50)), Stats.ms(wall.pMs(95)));
        report.finish();
    }

    private int checkedPairs;

    /** Wall-clock and CPU times of calls. */
    private static final class Samples {
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();

        void add(long wallNanos, long cpuNanos) {
            wall.add(wallNanos);
            cpu.add(cpuNanos);
        }

        Stats wall() {
            return new Stats(wall.stream().mapToLong(Long::longValue).toArray());
        }

        Stats cpu() {
            return new Stats(cpu.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private void checkIdenticalToReference(List<String[]> pairs) {
        List<String[]> all = new ArrayList<>(pairs);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 400; i++) {
            String old = random.nextInt(20) == 0 ? "" : Prose.generate(random.nextInt(i < 300 ? 600 : 20_000), i);
            String neu = random.nextInt(20) == 0 ? "" : Prose.edit(old, random.nextDouble() * 0.3, 1000 + i);
            if (random.nextInt(10) == 0) {
                neu = "  " + neu + " \n";
            }
            all.add(new String[] {old, neu});
        }
        all.add(new String[] {"a b a b a", "b a b a b"});
        all.add(new String[] {"same text", "same text"});
        for (String[] p : all) {
            WordDiff.Result r = WordDiff.compare(p[0], p[1]);
            StringBuilder old = new StringBuilder();
            StringBuilder neu = new StringBuilder();
            for (WordDiff.Part part : r.parts()) {
                if (part.kind() != WordDiff.Kind.ADDED) {
                    old.append(part.text());
                }
                if (part.kind() != WordDiff.Kind.REMOVED) {
                    neu.append(part.text());
                }
            }
            assertThat(old.toString()).isEqualTo(p[0]);
            assertThat(neu.toString()).isEqualTo(p[1]);
            assertThat(r).isEqualTo(reference(p[0], p[1]));
        }
        checkedPairs = all.size();
    }

    /** WordDiff.compare as first written: the baseline, and the definition of the expected result. */
    static WordDiff.Result reference(String oldText, String newText) {
        List<String> a = Words.tokens(oldText);
        List<String> b = Words.tokens(newText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<WordDiff.Part> parts = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(parts, WordDiff.Kind.SAME, a.subList(pos, start));
            List<String> del = delta.getSource().getLines();
            List<String> ins = delta.getTarget().getLines();
            append(parts, WordDiff.Kind.REMOVED, del);
            append(parts, WordDiff.Kind.ADDED, ins);
            removed += (int) del.stream().filter(t -> !t.isBlank()).count();
            added += (int) ins.stream().filter(t -> !t.isBlank()).count();
            pos = start + del.size();
        }
        append(parts, WordDiff.Kind.SAME, a.subList(pos, a.size()));
        return new WordDiff.Result(List.copyOf(parts), added, removed);
    }

    private static void append(List<WordDiff.Part> parts, WordDiff.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            WordDiff.Part last = parts.removeLast();
            parts.add(new WordDiff.Part(kind, last.text() + text));
        } else {
            parts.add(new WordDiff.Part(kind, text));
        }
    }
}
