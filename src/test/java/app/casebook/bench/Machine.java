package app.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing: the figures of a shared machine only mean something next to its load. */
final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them; "?" where there is none. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
