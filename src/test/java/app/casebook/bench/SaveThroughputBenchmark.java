package app.casebook.bench;

import app.casebook.account.Account;
import app.casebook.casestudy.SaveResult;
import app.casebook.casestudy.Section;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Target 1: saving a section through {@code CaseStudyService.saveSectionText} reaches at least 60% of the throughput
 * of plain JDBC doing the same INSERT of the revision and UPDATE of the section, one transaction per save, on the
 * same HikariCP pool, with 1 and with 8 concurrent writers.
 *
 * <p>Every writer saves its own section, over and over, as autosave does while a person types: each save changes a
 * word of a ~400-word text (about 2.6 KB). With 8 writers each writes in a case study of their own: on Casebook eight
 * people typing at once are almost always eight candidates on their own portfolios. Eight writers in one case study
 * (each in another section) are measured too, as a second figure: every save's foreign keys take shared locks on
 * the same case study row there.
 */
class SaveThroughputBenchmark extends MariaDbBenchmark {

    private static final int WRITERS = 8;
    private static final long WARMUP_MILLIS = 3_000;
    private static final long PHASE_MILLIS = 3_000;
    private static final int ROUNDS = 5;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** One person saving one section again and again; baseline and service writers never share a section. */
    private static final class Writer {
        final Account account;
        final long caseStudyId;
        final long sectionId;
        final String heading;
        final String original;
        final Prose.Editable editable;
        /** When set, each save writes the next of these texts whole instead of changing a word. */
        final String[] rotation;
        long baseRevisionId;
        int saves;

        Writer(Account account, long caseStudyId, Section section, String original, long baseRevisionId) {
            this(account, caseStudyId, section, original, baseRevisionId, null);
        }

        Writer(Account account, long caseStudyId, Section section, String original, long baseRevisionId,
               String[] rotation) {
            this.rotation = rotation;
            this.account = account;
            this.caseStudyId = caseStudyId;
            this.sectionId = section.id();
            this.heading = section.heading();
            this.original = original;
            this.editable = new Prose.Editable(original);
            this.baseRevisionId = baseRevisionId;
        }

        String nextText() {
            saves++;
            if (rotation != null) {
                return rotation[saves % rotation.length];
            }
            return editable.withWord(saves * 37, "edit" + saves);
        }
    }

    private interface Save {
        void save(Writer w) throws Exception;
    }

    private record Phase(int saves, int failures, String firstFailure, double seconds, long[] latencies,
                         long cpuNanos) {
        double throughput() {
            return saves / seconds;
        }
    }

    @Test
    void saving_a_section_through_the_service_reaches_60_percent_of_plain_jdbc() throws Exception {
        Report report = new Report("Target 1: section save, service vs plain JDBC (MariaDB)");
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            people.add(newAccount("Writer " + i));
        }
        List<Writer> serviceOwn = ownCaseStudies(people, "service");
        List<Writer> baselineOwn = ownCaseStudies(people, "baseline");
        List<Writer> serviceShared = sharedCaseStudy(people, "service");
        List<Writer> baselineShared = sharedCaseStudy(people, "baseline");
        report.info("load average at start: %s; pool: HikariCP, maximum-pool-size %s", Machine.loadAverage(),
                System.getProperty("DB_POOL_SIZE", "20 (mysql profile default)"));
        report.info("text: %,d characters (%d words) per section; each save changes a word",
                serviceOwn.getFirst().original.length(), app.casebook.base.text.Words.count(serviceOwn.getFirst().original));

        Save service = this::serviceSave;
        Save jdbc = this::jdbcSave;
        // JIT warm-up of both paths before anything is measured (compiling Spring, jOOQ and Connector/J takes a while
        // on two busy cores)
        for (int i = 0; i < 3; i++) {
            phase(serviceOwn, service, WARMUP_MILLIS);
            phase(baselineOwn, jdbc, WARMUP_MILLIS);
        }
        double[] one = compare(report, "1 writer", serviceOwn.subList(0, 1), baselineOwn.subList(0, 1), service, jdbc);
        double[] eight = compare(report, "8 writers, each in their own case study", serviceOwn, baselineOwn, service, jdbc);
        compare(report, "8 writers in one case study (not a target)", serviceShared, baselineShared, service, jdbc);
        profile(report, serviceOwn.getFirst(), baselineOwn.getFirst());
        report.target("service >= 60% of JDBC, 1 writer", one[2] >= 0.6, "%.0f vs %.0f saves/s = %.0f%%",
                one[0], one[1], one[2] * 100);
        report.target("service >= 60% of JDBC, 8 writers", eight[2] >= 0.6, "%.0f vs %.0f saves/s = %.0f%%",
                eight[0], eight[1], eight[2] * 100);
        report.info("load average at end: %s", Machine.loadAverage());
        report.finish();
    }

    /**
     * Target 1, worst case: one person replaces the whole text of a 20 KB section with an unrelated 20 KB text (a
     * paste over everything), again and again; the save holds the section's row lock while it counts the words
     * added and removed, so its time is how long co-editors of that section wait. p99 under 50 ms. Baseline in the
     * same run: plain JDBC writing the same two rows (no word count).
     */
    @Test
    void replacing_a_whole_20_kb_section_with_an_unrelated_text_takes_under_50_ms_at_p99() throws Exception {
        Report report = new Report("Target 1, worst case: a 20 KB section replaced by an unrelated 20 KB text (MariaDB)");
        Account person = newAccount("Rewriter");
        String[] texts = new String[4];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = Prose.generate(19_500, 700 + i);
        }
        Writer service = rotating(person, "service", texts);
        Writer baseline = rotating(person, "baseline", texts);
        report.info("load average at start: %s", Machine.loadAverage());
        report.info("texts: %d unrelated generated texts of %,d–%,d characters (%,d words in the first); each save "
                        + "writes the next one whole over the one before", texts.length,
                java.util.Arrays.stream(texts).mapToInt(String::length).min().orElseThrow(),
                java.util.Arrays.stream(texts).mapToInt(String::length).max().orElseThrow(),
                app.casebook.base.text.Words.count(texts[0]));
        Save serviceSave = this::serviceSave;
        Save jdbc = this::jdbcSave;
        for (int i = 0; i < 3; i++) {
            phase(List.of(service), serviceSave, WARMUP_MILLIS);
            phase(List.of(baseline), jdbc, WARMUP_MILLIS);
        }
        List<Phase> s = new ArrayList<>();
        List<Phase> b = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                b.add(phase(List.of(baseline), jdbc, PHASE_MILLIS));
                s.add(phase(List.of(service), serviceSave, PHASE_MILLIS));
            } else {
                s.add(phase(List.of(service), serviceSave, PHASE_MILLIS));
                b.add(phase(List.of(baseline), jdbc, PHASE_MILLIS));
            }
        }
        Stats sl = latencies(s);
        Stats bl = latencies(b);
        report.info("plain JDBC (same two rows, no word count): %.0f saves/s, latency %s",
                Stats.median(b.stream().mapToDouble(Phase::throughput).toArray()), bl.summary());
        report.info("service: %.0f saves/s, latency %s",
                Stats.median(s.stream().mapToDouble(Phase::throughput).toArray()), sl.summary());
        report.info("CPU of the saving thread per save: service %s ms, plain JDBC %s ms", Stats.ms(cpuPerSave(s)),
                Stats.ms(cpuPerSave(b)));
        int failures = s.stream().mapToInt(Phase::failures).sum() + b.stream().mapToInt(Phase::failures).sum();
        if (failures > 0) {
            report.info("FAILED saves: %d (%s)", failures, s.stream().map(Phase::firstFailure)
                    .filter(java.util.Objects::nonNull).findFirst().orElse("-"));
        }
        report.info("load average at end: %s", Machine.loadAverage());
        report.target("save replacing a whole 20 KB section, p99 < 50 ms", sl.pMs(99) < 50,
                "p50 %s ms, p99 %s ms (plain JDBC p50 %s ms, p99 %s ms)", Stats.ms(sl.pMs(50)), Stats.ms(sl.pMs(99)),
                Stats.ms(bl.pMs(50)), Stats.ms(bl.pMs(99)));
        report.finish();
    }

    private static double cpuPerSave(List<Phase> phases) {
        return phases.stream().mapToLong(Phase::cpuNanos).sum() / 1e6
                / Math.max(1, phases.stream().mapToInt(Phase::saves).sum());
    }

    /** A case study of its own for {@code a}, its first section holding the first of {@code texts}. */
    private Writer rotating(Account a, String kind, String[] texts) {
        loginAs(a);
        try {
            long id = caseStudies.create(kind + " rewritten case study", caseStudies.templates().getFirst().id());
            Section section = caseStudies.get(id).sections().getFirst();
            long rev = caseStudies.saveSectionText(section.id(), section.revisionId(), texts[0]).revisionId();
            return new Writer(a, id, section, texts[0], rev, texts);
        } finally {
            logout();
        }
    }

    /** Runs both kinds of save in alternating phases; returns the median throughputs and their ratio. */
    private double[] compare(Report report, String label, List<Writer> serviceWriters, List<Writer> baselineWriters,
                             Save service, Save jdbc) throws Exception {
        phase(serviceWriters, service, WARMUP_MILLIS);
        phase(baselineWriters, jdbc, WARMUP_MILLIS);
        List<Phase> s = new ArrayList<>();
        List<Phase> b = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            if (round % 2 == 0) {
                b.add(phase(baselineWriters, jdbc, PHASE_MILLIS));
                s.add(phase(serviceWriters, service, PHASE_MILLIS));
            } else {
                s.add(phase(serviceWriters, service, PHASE_MILLIS));
                b.add(phase(baselineWriters, jdbc, PHASE_MILLIS));
            }
        }
        double st = Stats.median(s.stream().mapToDouble(Phase::throughput).toArray());
        double bt = Stats.median(b.stream().mapToDouble(Phase::throughput).toArray());
        report.info("%s — plain JDBC: %.0f saves/s (rounds %s), latency %s", label, bt, rounds(b), latencies(b).summary());
        report.info("%s — service:    %.0f saves/s (rounds %s), latency %s", label, st, rounds(s), latencies(s).summary());
        report.info("%s — ratio service/JDBC: %.0f%%", label, st / bt * 100);
        int sf = s.stream().mapToInt(Phase::failures).sum();
        int bf = b.stream().mapToInt(Phase::failures).sum();
        if (sf + bf > 0) {
            report.info("%s — FAILED saves: service %d (%s), JDBC %d (%s)", label, sf,
                    s.stream().map(Phase::firstFailure).filter(java.util.Objects::nonNull).findFirst().orElse("-"), bf,
                    b.stream().map(Phase::firstFailure).filter(java.util.Objects::nonNull).findFirst().orElse("-"));
        }
        return new double[] {st, bt, st / bt};
    }

    private static String rounds(List<Phase> phases) {
        return String.join(", ", phases.stream().map(p -> String.format("%.0f", p.throughput())).toList());
    }

    private static Stats latencies(List<Phase> phases) {
        return new Stats(phases.stream().flatMapToLong(p -> java.util.Arrays.stream(p.latencies())).toArray());
    }

    private Phase phase(List<Writer> writers, Save save, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        CountDownLatch ready = new CountDownLatch(writers.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        List<Future<Integer>> futures = new ArrayList<>();
        for (Writer w : writers) {
            futures.add(pool.submit(() -> {
                loginAs(w.account);
                try {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    ready.countDown();
                    go.await();
                    long cpu0 = CPU.getCurrentThreadCpuTime();
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        try {
                            save.save(w);
                        } catch (Exception e) {
                            // a failed save is counted, not timed; the writer reloads its section and goes on
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + rootMessage(e));
                            resync(w);
                            continue;
                        }
                        if (n < lat.length) {
                            lat[n] = System.nanoTime() - t0;
                        }
                        n++;
                    }
                    cpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpu0);
                    samples.add(java.util.Arrays.copyOf(lat, Math.min(n, lat.length)));
                    return n;
                } finally {
                    logout();
                }
            }));
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        Thread.sleep(millis);
        stop.set(true);
        int saves = 0;
        for (Future<Integer> f : futures) {
            saves += f.get(1, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] all = samples.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Phase(saves, failures.get(), firstFailure.get(), seconds, all, cpu.get());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** After a failed save: the section as it now stands. */
    private void resync(Writer w) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select current_revision_id from section where id = ?")) {
            ps.setLong(1, w.sectionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                w.baseRevisionId = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the service's time goes, one writer alone: plain JDBC with the service's extra statements added one by
     * one, then the service; and what each sends to the database, statement by statement.
     */
    private void profile(Report report, Writer serviceWriter, Writer baselineWriter) throws Exception {
        List<String> names = List.of("JDBC insert + update (baseline)",
                "JDBC + locking read of section and role (the service's SQL by hand)", "service");
        List<Save> saves = List.of(w -> jdbcSave(w, false), w -> jdbcSave(w, true), this::serviceSave);
        int service = saves.size() - 1;
        List<List<Phase>> results = new ArrayList<>();
        for (int i = 0; i < saves.size(); i++) {
            results.add(new ArrayList<>());
            phase(List.of(i == service ? serviceWriter : baselineWriter), saves.get(i), 1_000);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < saves.size(); i++) {
                int k = round % 2 == 0 ? i : saves.size() - 1 - i;
                results.get(k).add(phase(List.of(k == service ? serviceWriter : baselineWriter), saves.get(k), 2_000));
            }
        }
        report.info("one writer, step by step (median of %d rounds of 2 s):", ROUNDS);
        for (int i = 0; i < saves.size(); i++) {
            Stats lat = latencies(results.get(i));
            long cpuNanos = results.get(i).stream().mapToLong(Phase::cpuNanos).sum();
            long count = results.get(i).stream().mapToLong(Phase::saves).sum();
            report.info("    %-75s %5.0f saves/s, p50 %s ms, mean %s ms, CPU of the saving thread %s ms", names.get(i),
                    Stats.median(results.get(i).stream().mapToDouble(Phase::throughput).toArray()),
                    Stats.ms(lat.pMs(50)), Stats.ms(lat.meanMs()), Stats.ms(cpuNanos / 1e6 / count));
        }
        int n = 200;
        for (int kind = 0; kind < 2; kind++) {
            Writer w = kind == 0 ? serviceWriter : baselineWriter;
            loginAs(w.account);
            try {
                StatementCounter.start();
                for (int i = 0; i < n; i++) {
                    if (kind == 0) {
                        serviceSave(w);
                    } else {
                        jdbcSave(w);
                    }
                }
                var counts = StatementCounter.stop();
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                report.info("statements per save, %s: %.1f", kind == 0 ? "service" : "plain JDBC", (double) total / n);
                counts.forEach((sql, c) -> report.info("    %.2f × `%s`", (double) c / n, sql));
            } finally {
                logout();
            }
        }
    }

    private void serviceSave(Writer w) {
        SaveResult result = caseStudies.saveSectionText(w.sectionId, w.baseRevisionId, w.nextText());
        if (!(result instanceof SaveResult.Saved)) {
            throw new IllegalStateException("a lone writer's save was not a plain save: " + result);
        }
        w.baseRevisionId = result.revisionId();
    }

    /** The same rows as the service writes, one transaction, autocommit off, from the same pool. */
    private void jdbcSave(Writer w) throws SQLException {
        jdbcSave(w, false);
    }

    /**
     * The baseline; with {@code lockRead} it also sends the statement the service adds (the locking read of the
     * section with the role), to see what it costs alone.
     */
    private void jdbcSave(Writer w, boolean lockRead) throws SQLException {
        String body = w.nextText();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (lockRead) {
                    try (PreparedStatement ps = c.prepareStatement("select section.case_study_id, section.body, "
                            + "section.heading, section.current_revision_id, (select case_study_member.role from "
                            + "case_study_member join case_study on case_study.id = case_study_member.case_study_id "
                            + "where case_study_member.case_study_id = section.case_study_id and "
                            + "case_study_member.account_id = ? and case_study.deleted_at is null) as role from section "
                            + "where section.id = ? and section.deleted_at is null for update")) {
                        ps.setLong(1, w.account.id());
                        ps.setLong(2, w.sectionId);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next() || rs.getString(2).isEmpty() || rs.getString(5) == null) {
                                throw new IllegalStateException("no section or no role");
                            }
                        }
                    }
                }
                long revisionId;
                try (PreparedStatement ps = c.prepareStatement("insert into revision (case_study_id, section_id, "
                        + "field, kind, author_id, created_at, base_revision_id, heading, body, words_added, "
                        + "words_removed) values (?, ?, 'BODY', 'EDIT', ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, w.caseStudyId);
                    ps.setLong(2, w.sectionId);
                    ps.setLong(3, w.account.id());
                    ps.setObject(4, now);
                    ps.setLong(5, w.baseRevisionId);
                    ps.setString(6, w.heading);
                    ps.setString(7, body);
                    ps.setInt(8, 1);
                    ps.setInt(9, 1);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        revisionId = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("update section set body = ?, current_revision_id = ?, "
                        + "version = version + 1, updated_at = ?, updated_by = ? where id = ? and current_revision_id = ?")) {
                    ps.setString(1, body);
                    ps.setLong(2, revisionId);
                    ps.setObject(3, now);
                    ps.setLong(4, w.account.id());
                    ps.setLong(5, w.sectionId);
                    ps.setLong(6, w.baseRevisionId);
                    if (ps.executeUpdate() != 1) {
                        throw new IllegalStateException("section moved under a lone writer");
                    }
                }
                c.commit();
                w.baseRevisionId = revisionId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** One case study per person, with its first section filled. */
    private List<Writer> ownCaseStudies(List<Account> people, String kind) {
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Account a = people.get(i);
            loginAs(a);
            try {
                long id = caseStudies.create(kind + " case study of " + a.displayName(), caseStudies.templates().getFirst().id());
                writers.add(fill(a, id, caseStudies.get(id).sections().getFirst(), kind.hashCode() + i));
            } finally {
                logout();
            }
        }
        return writers;
    }

    /** One case study owned by the first person, the others editors in it, each with a section of their own. */
    private List<Writer> sharedCaseStudy(List<Account> people, String kind) {
        Account owner = people.getFirst();
        loginAs(owner);
        long id;
        try {
            id = caseStudies.create(kind + " shared case study", caseStudies.templates().getFirst().id());
            while (caseStudies.get(id).sections().size() < people.size()) {
                caseStudies.addSection(id, "More", caseStudies.get(id).sections().size());
            }
        } finally {
            logout();
        }
        for (Account a : people.subList(1, people.size())) {
            addMember(id, a, "EDITOR", owner);
        }
        List<Section> sections = null;
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Account a = people.get(i);
            loginAs(a);
            try {
                if (sections == null) {
                    sections = caseStudies.get(id).sections();
                }
                writers.add(fill(a, id, sections.get(i), 31L * kind.hashCode() + i));
            } finally {
                logout();
            }
        }
        return writers;
    }

    private Writer fill(Account a, long caseStudyId, Section section, long seed) {
        String text = Prose.generate(2_600, seed);
        long rev = caseStudies.saveSectionText(section.id(), section.revisionId(), text).revisionId();
        return new Writer(a, caseStudyId, section, text, rev);
    }
}
