package app.casebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a benchmark's figures to stdout and appends them to {@code target/benchmark-results.md}. A missed target
 * is reported, not hidden; with {@code -Dbenchmark.enforce=true} it also fails the run.
 */
final class Report {

    static final Path FILE = Path.of("target", "benchmark-results.md");
    private static final boolean ENFORCE = Boolean.getBoolean("benchmark.enforce");

    private final String name;
    private final List<String> misses = new ArrayList<>();

    Report(String name) {
        this.name = name;
        String when = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        write("", "## " + name + " (" + when + ", " + Runtime.getRuntime().availableProcessors() + " cpus, "
                + "Java " + Runtime.version() + ")", "");
    }

    /** A figure worth reading, not itself a target. */
    void info(String format, Object... args) {
        write("- " + String.format(Locale.ROOT, format, args));
    }

    /** A target: its figure, what it must be, and whether it held. */
    void target(String target, boolean met, String format, Object... args) {
        String line = "- **" + (met ? "MET" : "MISSED") + "** " + target + ": " + String.format(Locale.ROOT, format, args);
        write(line);
        if (!met) {
            misses.add(target);
        }
    }

    /** Fails the benchmark on a missed target when enforcing; otherwise only prints. */
    void finish() {
        if (ENFORCE && !misses.isEmpty()) {
            throw new AssertionError(name + ": missed " + misses);
        }
    }

    private static synchronized void write(String... lines) {
        for (String line : lines) {
            System.out.println("[benchmark] " + line);
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, List.of(lines), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
