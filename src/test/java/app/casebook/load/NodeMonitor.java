package app.casebook.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the nodes of a {@code docker/cluster/run-local} cluster while the load runs: CPU time of each node's
 * process ({@code /proc/<pid>/stat}), heap in use (the node's {@code /actuator/prometheus}, sum of
 * {@code jvm_memory_used_bytes{area="heap"}}) every 2 s, and once, at the end of the steady phase, the live heap
 * after a full collection ({@code jcmd <pid> GC.run}): what the people's open sessions hold. Writes
 * {@code target/load/<label>-nodes.properties} and prints a summary.
 */
final class NodeMonitor {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** {@code port}: the node's actuator (management) port, where its metrics are. */
    private record Node(String name, long pid, int port) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final String label;
    private final int users;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Long> cpuAtStart = new HashMap<>();
    private final Map<String, Long> maxHeap = new HashMap<>();
    private final Map<String, Long> liveHeap = new HashMap<>();
    private final Map<String, Long> heapBeforeGc = new HashMap<>();
    private long machineBusyAtStart;
    private long machineTotalAtStart;
    private long startedNanos;
    private final List<Double> loadAverages = new ArrayList<>();

    private NodeMonitor(String label, int users) {
        this.label = label;
        this.users = users;
    }

    static NodeMonitor start(Path clusterDir, String label, int users, long liveHeapAfterMillis) {
        NodeMonitor monitor = new NodeMonitor(label, users);
        try {
            Map<String, String> env = new HashMap<>();
            for (String line : Files.readAllLines(clusterDir.resolve("cluster.env"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            for (String name : List.of("node1", "node2")) {
                String pid = env.get(name.toUpperCase(Locale.ROOT) + "_PID");
                if (pid != null && !pid.isBlank()) {
                    String management = env.getOrDefault(name.toUpperCase(Locale.ROOT) + "_MANAGEMENT_PORT",
                            env.get(name.toUpperCase(Locale.ROOT) + "_PORT"));
                    monitor.nodes.add(new Node(name, Long.parseLong(pid), Integer.parseInt(management)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + clusterDir.resolve("cluster.env"), e);
        }
        monitor.begin(liveHeapAfterMillis);
        return monitor;
    }

    private void begin(long liveHeapAfterMillis) {
        startedNanos = System.nanoTime();
        for (Node n : nodes) {
            cpuAtStart.put(n.name, cpuTicks(n.pid));
        }
        long[] machine = machineTicks();
        machineBusyAtStart = machine[0];
        machineTotalAtStart = machine[1];
        timer.scheduleAtFixedRate(this::sample, 0, 2, TimeUnit.SECONDS);
        timer.schedule(this::measureLiveHeap, liveHeapAfterMillis, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        for (Node n : nodes) {
            long heap = heapUsed(n);
            maxHeap.merge(n.name, heap, Math::max);
        }
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            loadAverages.add(Double.parseDouble(load));
        } catch (IOException | RuntimeException ignored) {
            // not on Linux: no load average
        }
    }

    private void measureLiveHeap() {
        for (Node n : nodes) {
            heapBeforeGc.put(n.name, heapUsed(n));
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(n.pid), "GC.run").redirectErrorStream(true).start();
                jcmd.getInputStream().readAllBytes();
                jcmd.waitFor(60, TimeUnit.SECONDS);
                liveHeap.put(n.name, heapUsed(n));
            } catch (IOException e) {
                System.err.println("[load] jcmd failed for " + n.name + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void stop() {
        timer.shutdownNow();
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        long[] machine = machineTicks();
        double machineBusy = (double) (machine[0] - machineBusyAtStart) / Math.max(1, machine[1] - machineTotalAtStart);
        StringBuilder out = new StringBuilder();
        out.append("label=").append(label).append('\n');
        out.append("users=").append(users).append('\n');
        out.append("seconds=").append(String.format(Locale.ROOT, "%.0f", seconds)).append('\n');
        out.append("machine.cpuBusy=").append(String.format(Locale.ROOT, "%.2f", machineBusy)).append('\n');
        out.append("machine.loadAverageMax=").append(loadAverages.stream().mapToDouble(d -> d).max().orElse(0))
                .append('\n');
        for (Node n : nodes) {
            long cpu = cpuTicks(n.pid) - cpuAtStart.get(n.name);
            double cpuSeconds = (double) cpu / CLOCK_TICKS_PER_SECOND;
            out.append(n.name).append(".cpuSeconds=").append(String.format(Locale.ROOT, "%.1f", cpuSeconds))
                    .append('\n');
            out.append(n.name).append(".cpuCores=").append(String.format(Locale.ROOT, "%.2f", cpuSeconds / seconds))
                    .append('\n');
            out.append(n.name).append(".heapMaxMb=").append(maxHeap.getOrDefault(n.name, 0L) >> 20).append('\n');
            out.append(n.name).append(".heapBeforeGcMb=").append(heapBeforeGc.getOrDefault(n.name, 0L) >> 20)
                    .append('\n');
            out.append(n.name).append(".liveHeapMb=").append(liveHeap.getOrDefault(n.name, 0L) >> 20).append('\n');
        }
        System.out.print(out.toString().lines().map(l -> "[load] " + l + "\n").reduce("", String::concat));
        try {
            Path dir = Path.of("target", "load");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(label + "-nodes.properties"), out);
        } catch (IOException e) {
            System.err.println("[load] could not write the node figures: " + e);
        }
    }

    /** utime + stime of a process, in clock ticks; 0 when it is gone. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy and total ticks of the whole machine, from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    private long heapUsed(Node n) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + n.port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            long sum = 0;
            for (String line : response.body().lines().toList()) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
