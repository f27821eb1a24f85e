package app.casebook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.casestudy.Section;
import app.casebook.e2e.ProductionJar;
import app.casebook.publish.PublishService;
import app.casebook.review.ReviewService;
import app.casebook.review.VersionStatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Issue 13's public-page target: {@code GET /p/<token>} for 50 concurrent readers over loopback, at least 2,000
 * pages/s on this 2-core machine and at least 25% of the requests/s of a static file of the same bytes served by the
 * same application in the same run; no HTTP session created.
 *
 * <p>The published version is made through the services of this JVM's context (MariaDB, {@link MariaDbBenchmark}):
 * an owner, a reviewer, the leadership template's sections filled with {@link Prose}, submitted, approved,
 * published. The application that serves it runs in a <b>separate process</b>: the production jar
 * ({@link ProductionJar}, built once from {@code src/main}, or {@code CASEBOOK_JAR}) with the profiles
 * {@code mysql,prod} on the same database, on free loopback ports. Two settings differ from production, both given
 * on its command line: the per-address rate limit of the public pages is raised to 10^9 per minute (every reader
 * here has the address 127.0.0.1, which the default 120 per minute would turn into 429 answers after the first
 * 120), and one more static resource location, a folder under {@code target/} holding
 * {@code images/public-page-copy.html}: the public page's own bytes, fetched once, served by Spring's static
 * resource handler behind the application's main security chain ({@code /images/**} is open to everyone).
 *
 * <p>Readers: 50 platform threads of this JVM, each sending GET after GET with one shared {@link HttpClient}
 * (HTTP/1.1, keep-alive, no cookie handler), checking every answer (200 and the expected length). The client and
 * the server share the machine's two cores, as a second process would. Warm-up, then {@value #ROUNDS} rounds of
 * {@value #ROUND_SECONDS} s per kind, alternating which goes first; throughput is the median of the rounds,
 * latencies over all requests of the rounds. No session: no answer may carry {@code Set-Cookie}, and Tomcat's
 * count of created sessions (the server's Prometheus endpoint) must not move during the run.
 */
class PublicPageBenchmark extends MariaDbBenchmark {

    private static final int READERS = 50;
    private static final int WARMUP_SECONDS = 15;
    private static final int ROUNDS = 5;
    private static final int ROUND_SECONDS = 4;
    private static final Pattern SESSIONS_CREATED = Pattern.compile(
            "(?m)^tomcat_sessions_created_sessions_total(?:\\{[^}]*})? ([0-9.eE+]+)");

    @Autowired
    ReviewService reviews;
    @Autowired
    PublishService publish;
    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the_public_page_for_fifty_concurrent_readers_against_a_static_file_of_the_same_size() throws Exception {
        Report report = new Report("Issue 13: public page, 50 concurrent readers (production jar in its own process)");
        String path = publishedPage(report);

        Path dir = Path.of("target", "bench-public-page").toAbsolutePath();
        Path staticRoot = dir.resolve("static");
        Files.createDirectories(staticRoot.resolve("images"));
        Path jar = ProductionJar.get(Path.of("").toAbsolutePath());
        int port = freePort();
        int managementPort = freePort();
        Process app = start(jar, dir, staticRoot, port, managementPort);
        try {
            String base = "http://127.0.0.1:" + port + "/";
            awaitReady(app, URI.create(base + "readyz"), dir.resolve("app.log"));
            URI page = URI.create(base + path);
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(first.statusCode()).as("the public page").isEqualTo(200);
            byte[] bytes = first.body();
            Files.write(staticRoot.resolve("images/public-page-copy.html"), bytes);
            URI copy = URI.create(base + "images/public-page-copy.html");
            HttpResponse<byte[]> staticFirst = http.send(HttpRequest.newBuilder(copy).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(staticFirst.statusCode()).as("the static copy").isEqualTo(200);
            assertThat(staticFirst.body()).isEqualTo(bytes);
            report.info("page: %,d bytes (%s); static copy: %,d bytes (%s)", bytes.length,
                    first.headers().firstValue("Content-Type").orElse("?"), staticFirst.body().length,
                    staticFirst.headers().firstValue("Content-Type").orElse("?"));
            URI metrics = URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus");
            double sessionsBefore = sessionsCreated(metrics);

            report.info("load average before the warm-up: %s", Machine.loadAverage());
            for (int i = 0; i < 2; i++) {
                run(app, page, bytes.length, WARMUP_SECONDS);
                run(app, copy, bytes.length, WARMUP_SECONDS);
            }
            report.info("load average after the warm-up: %s", Machine.loadAverage());
            long serverCpu0 = cpuNanos(app);
            long clientCpu0 = clientCpuNanos();
            List<Phase> pages = new ArrayList<>();
            List<Phase> statics = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                if (r % 2 == 0) {
                    pages.add(run(app, page, bytes.length, ROUND_SECONDS));
                    statics.add(run(app, copy, bytes.length, ROUND_SECONDS));
                } else {
                    statics.add(run(app, copy, bytes.length, ROUND_SECONDS));
                    pages.add(run(app, page, bytes.length, ROUND_SECONDS));
                }
                report.info("round %d: page %,.0f req/s, static %,.0f req/s (load %s)", r + 1,
                        pages.getLast().perSecond(), statics.getLast().perSecond(), Machine.loadAverage());
            }
            long serverCpu = cpuNanos(app) - serverCpu0;
            long clientCpu = clientCpuNanos() - clientCpu0;
            double sessionsAfter = sessionsCreated(metrics);

            Phase p = Phase.merge(pages);
            Phase s = Phase.merge(statics);
            double pageRate = Stats.median(pages.stream().mapToDouble(Phase::perSecond).toArray());
            double staticRate = Stats.median(statics.stream().mapToDouble(Phase::perSecond).toArray());
            Stats pageLatency = new Stats(p.latencies());
            Stats staticLatency = new Stats(s.latencies());
            report.info("%-34s %,8.0f req/s (median of %d rounds), %s; failed %d", "public page /p/<token>",
                    pageRate, ROUNDS, pageLatency.summary(), p.failed());
            report.info("%-34s %,8.0f req/s (median of %d rounds), %s; failed %d", "static copy, same bytes",
                    staticRate, ROUNDS, staticLatency.summary(), s.failed());
            report.info("CPU during the measured rounds (%d s): server process %.1f s, client JVM %.1f s",
                    2 * ROUNDS * ROUND_SECONDS, serverCpu / 1e9, clientCpu / 1e9);
            report.info("server CPU per answer (GC and JIT included): page %.2f ms, static copy %.2f ms",
                    p.serverCpuNanos() / 1e6 / p.latencies().length, s.serverCpuNanos() / 1e6 / s.latencies().length);
            report.info("Tomcat sessions created during the run: %.0f; answers with Set-Cookie: page %d, static %d",
                    sessionsAfter - sessionsBefore, p.withCookie(), s.withCookie());
            report.info("load average at the end: %s", Machine.loadAverage());
            double ratio = pageRate / staticRate;
            report.target("public page >= 2,000 pages/s (50 readers)", pageRate >= 2000 && p.failed() == 0,
                    "%,.0f pages/s, %d failed", pageRate, p.failed());
            report.target("public page >= 25% of the static file's req/s", ratio >= 0.25,
                    "%.0f%% (%,.0f vs %,.0f req/s)", ratio * 100, pageRate, staticRate);
            report.target("no HTTP session created", p.withCookie() == 0 && sessionsAfter == sessionsBefore,
                    "%d answers with Set-Cookie, %.0f sessions created", p.withCookie(), sessionsAfter - sessionsBefore);
            report.finish();
        } finally {
            stop(app);
        }
    }

    /** An approved version of a six-section case study, published; its path, {@code p/<token>}. */
    private String publishedPage(Report report) {
        Account owner = newAccount("Bench Owner");
        Account reviewer = newAccount("Bench Reviewer");
        loginAs(owner);
        try {
            long caseStudyId = caseStudies.create("Platform Scaling for Hypergrowth",
                    caseStudies.templates().getFirst().id());
            addMember(caseStudyId, reviewer, "REVIEWER", owner);
            int chars = 0;
            List<Section> sections = caseStudies.get(caseStudyId).sections();
            for (Section s : sections) {
                String text = Prose.generate(2_000, s.id());
                chars += text.length();
                caseStudies.saveSectionText(s.id(), s.revisionId(), text);
            }
            long versionId = reviews.submit(caseStudyId, "Ready to share.", List.of(reviewer.id()), true);
            loginAs(reviewer);
            assertThat(reviews.approve(versionId, "Clear.")).isEqualTo(VersionStatus.APPROVED);
            loginAs(owner);
            String path = publish.publish(versionId).path();
            report.info("published: %d sections, %,d characters of Markdown", sections.size(), chars);
            return path;
        } finally {
            logout();
        }
    }

    private Process start(Path jar, Path dir, Path staticRoot, int port, int managementPort) throws IOException {
        String url = environment.getRequiredProperty("spring.datasource.url")
                .replaceAll("[&?]queryInterceptors=[^&]*", "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms256m", "-Xmx1g", "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError"));
        // Profiling the server: -Dbenchmark.appJvmArgs=-XX:StartFlightRecording=filename=...,settings=profile
        String extra = System.getProperty("benchmark.appJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--spring.profiles.active=mysql,prod",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--casebook.public.requests-per-minute=1000000000",
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/resources/,"
                        + "classpath:/static/,classpath:/public/,file:" + staticRoot + "/"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        builder.environment().put("DB_URL", url);
        builder.environment().put("DB_USER", environment.getProperty("spring.datasource.username", "root"));
        builder.environment().put("DB_PASSWORD", environment.getProperty("spring.datasource.password", ""));
        builder.environment().put("CASEBOOK_DEMO_DATA", "false");
        System.out.println("[benchmark] starting " + jar.getFileName() + " on 127.0.0.1:" + port + " (log: "
                + dir.resolve("app.log") + ")");
        return builder.start();
    }

    private void awaitReady(Process app, URI readyz, Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < until) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application ended (exit " + app.exitValue() + "); see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(readyz).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application was not ready within 4 minutes; see " + log);
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            app.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private double sessionsCreated(URI metrics) throws IOException, InterruptedException {
        String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = SESSIONS_CREATED.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No tomcat_sessions_created_sessions_total in " + metrics);
        }
        return Double.parseDouble(m.group(1));
    }

    /** {@value #READERS} readers sending GET after GET to {@code uri} for {@code seconds}. */
    private Phase run(Process app, URI uri, int expectedLength, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger withCookie = new AtomicInteger();
        long[][] samples = new long[READERS][];
        int[] counts = new int[READERS];
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < READERS; t++) {
            int me = t;
            threads.add(Thread.ofPlatform().name("reader-" + t).start(() -> {
                long[] mine = new long[4096];
                int n = 0;
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[1];
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (response.headers().firstValue("Set-Cookie").isPresent()) {
                            withCookie.incrementAndGet();
                        }
                        if (response.statusCode() != 200 || response.body().length != expectedLength) {
                            failed.incrementAndGet();
                            continue;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t1 - t0;
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                samples[me] = mine;
                counts[me] = n;
            }));
        }
        long cpu0 = cpuNanos(app);
        window[0] = System.nanoTime();
        window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long cpu = cpuNanos(app) - cpu0;
        int total = Arrays.stream(counts).sum();
        long[] latencies = new long[total];
        int at = 0;
        for (int t = 0; t < READERS; t++) {
            System.arraycopy(samples[t], 0, latencies, at, counts[t]);
            at += counts[t];
        }
        return new Phase(latencies, failed.get(), withCookie.get(), elapsed, cpu);
    }

    /** The requests of one phase: latencies of the good answers, failures, answers with a cookie, server CPU. */
    record Phase(long[] latencies, int failed, int withCookie, double seconds, long serverCpuNanos) {

        double perSecond() {
            return latencies.length / seconds;
        }

        static Phase merge(List<Phase> phases) {
            long[] all = phases.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).toArray();
            return new Phase(all, phases.stream().mapToInt(Phase::failed).sum(),
                    phases.stream().mapToInt(Phase::withCookie).sum(),
                    phases.stream().mapToDouble(Phase::seconds).sum(),
                    phases.stream().mapToLong(Phase::serverCpuNanos).sum());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long clientCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }
}
