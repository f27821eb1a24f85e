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
 * (java-diff-utils' default Myers over all string tokens), kept here as {@link #reference}; the check that the
 * results are identical (as far as {@code WordDiff.compare} promises) runs before anything is timed.
 *
 * <p>Also measured, not a target: the worst case, two unrelated 20 KB texts (a section pasted over), for
 * {@code compare} (reading a change) and {@code count} (what a save does while it holds the section's row lock);
 * the most expensive exact count; and how close {@code count}'s estimate comes to {@code compare}'s counts.
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
                + "equal the reference diff where it takes at most %,d steps; %d pairs take more, and their diff is as "
                + "short as the reference's", checkedPairs, WordDiff.MYERS_MAX_STEPS, longerPairs);

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
        report.info("reference (first version, java-diff-utils' default on all string tokens), wall: %s",
                baseline.wall().summary());
        report.info("reference, thread CPU time: %s", baseline.cpu().summary());
        report.info("WordDiff.compare, wall: %s", wall.summary());
        report.info("WordDiff.compare, thread CPU time: %s", cpu.summary());
        report.info("ratio reference/current at p50 (wall): %.2fx; at p95 (wall): %.2fx (sink %d)",
                baseline.wall().pMs(50) / wall.pMs(50), baseline.wall().pMs(95) / wall.pMs(95), sink % 10);
        worstCase(report);
        estimates(report);
        report.target("WordDiff 20 KB p95 < 5 ms (wall clock)", wall.pMs(95) < 5, "p50 %s ms, p95 %s ms",
                Stats.ms(wall.pMs(50)), Stats.ms(wall.pMs(95)));
        report.finish();
    }

    private int checkedPairs;
    private int longerPairs;

    private static final com.sun.management.ThreadMXBean MEMORY =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Two unrelated 20 KB texts: {@code compare} (MyersDiff gives way to MyersDiffWithLinearSpace) against the
     * reference (MyersDiff all the way), and {@code count}, which estimates here; then the most expensive count that
     * is still exact, a changed region of {@value WordDiff#EXACT_COUNT_MAX_TOKENS} tokens of unrelated text.
     */
    private static void worstCase(Report report) {
        List<String[]> unrelated = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            unrelated.add(new String[] {Prose.generate(19_500, 900 + 2 * i), Prose.generate(19_500, 901 + 2 * i)});
        }
        // the most expensive exact count: a 20 KB text whose middle ~1,000 tokens were replaced by unrelated ones
        String head = Prose.generate(8_000, 950) + "\n\n";
        String tail = "\n\n" + Prose.generate(8_000, 951);
        List<String> x = Words.tokens(Prose.generate(3_000, 952));
        List<String> y = Words.tokens(Prose.generate(3_000, 953));
        // one token less on each side than the limit allows, for the whitespace runs that join the region to the rest
        int each = WordDiff.EXACT_COUNT_MAX_TOKENS / 2 - 1;
        String[] exact = {head + String.join("", x.subList(0, each)) + tail,
                head + String.join("", y.subList(0, each)) + tail};

        Samples compare = new Samples();
        Samples reference = new Samples();
        long compareBytes = 0;
        long referenceBytes = 0;
        for (int round = 0; round < 5; round++) {
            for (String[] p : unrelated) {
                long b0 = MEMORY.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                WordDiff.compare(p[0], p[1]);
                long t1 = System.nanoTime();
                long b1 = MEMORY.getCurrentThreadAllocatedBytes();
                reference(p[0], p[1]);
                long t2 = System.nanoTime();
                long b2 = MEMORY.getCurrentThreadAllocatedBytes();
                if (round > 0) { // the first round warms up
                    compare.add(t1 - t0, 0);
                    reference.add(t2 - t1, 0);
                    compareBytes = Math.max(compareBytes, b1 - b0);
                    referenceBytes = Math.max(referenceBytes, b2 - b1);
                }
            }
        }
        Samples count = new Samples();
        Samples exactCount = new Samples();
        long countBytes = 0;
        long sink = 0;
        for (int round = 0; round < 300; round++) {
            for (String[] p : unrelated) {
                long b0 = MEMORY.getCurrentThreadAllocatedBytes();
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += WordDiff.count(p[0], p[1]).wordsAdded();
                long t1 = System.nanoTime();
                long c1 = CPU.getCurrentThreadCpuTime();
                long b1 = MEMORY.getCurrentThreadAllocatedBytes();
                if (round >= 100) {
                    count.add(t1 - t0, c1 - c0);
                    countBytes = Math.max(countBytes, b1 - b0);
                }
            }
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += WordDiff.count(exact[0], exact[1]).wordsAdded();
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            if (round >= 100) {
                exactCount.add(t1 - t0, c1 - c0);
            }
        }
        String[] first = unrelated.getFirst();
        WordDiff.Result full = WordDiff.compare(first[0], first[1]);
        report.info("worst case: two unrelated 20 KB texts (%,d and %,d words), 4 pairs; %d changed tokens in the pair "
                        + "1 diff, more than the %,d steps MyersDiff is given", Words.count(first[0]),
                Words.count(first[1]), changedTokens(full), WordDiff.MYERS_MAX_STEPS);
        report.info("    WordDiff.compare (MyersDiffWithLinearSpace): %s; allocated per call up to %,d KB",
                compare.wall().summary(), compareBytes / 1024);
        report.info("    reference (MyersDiff over all tokens):       %s; allocated per call up to %,d KB",
                reference.wall().summary(), referenceBytes / 1024);
        report.info("    WordDiff.count (estimated from word pairs):  %s; allocated per call up to %,d KB (sink %d)",
                count.wall().summary(), countBytes / 1024, sink % 10);
        report.info("    WordDiff.count, thread CPU time:             %s", count.cpu().summary());
        WordDiff.Counts exactCounts = WordDiff.count(exact[0], exact[1]);
        WordDiff.Result exactDiff = WordDiff.compare(exact[0], exact[1]);
        report.info("most expensive exact count: a 20 KB text with %,d tokens in the middle replaced by unrelated ones "
                        + "(+%d −%d words; compare: +%d −%d): %s", 2 * each, exactCounts.wordsAdded(),
                exactCounts.wordsRemoved(), exactDiff.wordsAdded(), exactDiff.wordsRemoved(),
                exactCount.wall().summary());
        report.info("    thread CPU time: %s", exactCount.cpu().summary());
    }

    /** How close count's estimate (changed regions over the limit) comes to compare's counts. */
    private static void estimates(Report report) {
        String base = Prose.generate(19_500, 960);
        String paragraphOld = Prose.generate(3_000, 961);
        String paragraphNew = Prose.generate(3_000, 962);
        String before = Prose.generate(8_000, 963) + "\n\n";
        String after = "\n\n" + Prose.generate(8_000, 964);
        List<String[]> cases = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double share : new double[] {0.01, 0.05, 0.3, 0.8}) {
            labels.add(String.format(java.util.Locale.ROOT, "%.0f%% of the words changed at random places",
                    share * 100));
            cases.add(new String[] {base, Prose.edit(base, share, 965)});
        }
        labels.add("a ~3 KB paragraph in the middle replaced");
        cases.add(new String[] {before + paragraphOld + after, before + paragraphNew + after});
        labels.add("the whole text replaced by an unrelated one");
        cases.add(new String[] {base, Prose.generate(19_500, 966)});
        report.info("count's estimate against compare, 20 KB texts (added/removed words):");
        for (int i = 0; i < cases.size(); i++) {
            String[] p = cases.get(i);
            WordDiff.Counts c = WordDiff.count(p[0], p[1]);
            WordDiff.Result r = WordDiff.compare(p[0], p[1]);
            report.info("    %-50s count +%,d −%,d, compare +%,d −%,d (%+.0f%% added)", labels.get(i), c.wordsAdded(),
                    c.wordsRemoved(), r.wordsAdded(), r.wordsRemoved(),
                    (c.wordsAdded() - r.wordsAdded()) * 100.0 / Math.max(1, r.wordsAdded()));
        }
    }

    private static int changedTokens(WordDiff.Result result) {
        return result.parts().stream().filter(p -> p.kind() != WordDiff.Kind.SAME)
                .mapToInt(p -> Words.tokens(p.text()).size()).sum();
    }

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
        int longer = 0;
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
            WordDiff.Result expected = reference(p[0], p[1]);
            if (changedTokens(expected) <= WordDiff.MYERS_MAX_STEPS) {
                assertThat(r).isEqualTo(expected);
            } else {
                // beyond MyersDiff's steps: MyersDiffWithLinearSpace, a diff as short
                assertThat(changedTokens(r)).isEqualTo(changedTokens(expected));
                longer++;
            }
        }
        checkedPairs = all.size();
        longerPairs = longer;
    }

    /**
     * WordDiff.compare as first written: the baseline, and the definition of the expected result while a diff takes
     * at most {@link WordDiff#MYERS_MAX_STEPS} steps.
     */
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
