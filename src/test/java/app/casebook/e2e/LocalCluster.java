package app.casebook.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The topology of {@code docker/cluster/run-local}, started by that script: two application nodes from the
 * production jar and HAProxy in front, all on free loopback ports. What the script wrote to
 * {@code cluster.env} (ports, process ids) is read back.
 */
final class LocalCluster implements AutoCloseable {

    private final Path project;
    private final Path dir;
    private final Map<String, String> environment;
    private Map<String, String> started = Map.of();

    /**
     * @param dir          logs and pid files ({@code CLUSTER_DIR})
     * @param jdbcUrl      the database the nodes share
     */
    LocalCluster(Path project, Path dir, Path jar, String jdbcUrl, String dbUser, String dbPassword) {
        this.project = project;
        this.dir = dir;
        this.environment = new HashMap<>(Map.of(
                "CASEBOOK_JAR", jar.toString(),
                "CLUSTER_DIR", dir.toString(),
                "LB_PORT", "auto", "NODE1_PORT", "auto", "NODE2_PORT", "auto", "ADMIN_PORT", "auto",
                "DB_URL", jdbcUrl,
                "DB_USER", dbUser,
                "DB_PASSWORD", dbPassword,
                "CASEBOOK_DEMO_DATA", "true"));
        environment.put("NODE1_MANAGEMENT_PORT", "auto");
        environment.put("NODE2_MANAGEMENT_PORT", "auto");
        environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        environment.put("JAVA_OPTS", "-Xms128m -Xmx512m -XX:+UseG1GC -XX:TieredStopAtLevel=1");
    }

    void start() throws IOException, InterruptedException {
        run("start", 8);
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("cluster.env"))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        started = values;
    }

    /** Where people connect, e.g. {@code http://127.0.0.1:34567/}. */
    String url() {
        return started.get("LB_URL");
    }

    long pid(String node) {
        return Long.parseLong(started.get(node.toUpperCase() + "_PID"));
    }

    /** SIGKILL: the process ends at once, nothing of it runs any more (no shutdown hook, no graceful stop). */
    void kill(String node) throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid(node)).orElseThrow(
                () -> new IllegalStateException(node + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }

    Path log(String name) {
        return dir.resolve(name + ".log");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop", 2);
    }

    private void run(String command, int minutes) throws IOException, InterruptedException {
        Path output = dir.resolve("run-local-" + command + ".out");
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                project.resolve("docker/cluster/run-local").toString(), command))
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("run-local " + command + " took more than " + minutes + " minutes:\n"
                    + Files.readString(output));
        }
        String out = Files.readString(output);
        System.out.print(out.lines().map(l -> "[cluster] " + l + "\n").reduce("", String::concat));
        if (process.exitValue() != 0) {
            throw new IllegalStateException("run-local " + command + " failed (exit " + process.exitValue() + "):\n"
                    + out);
        }
    }
}
