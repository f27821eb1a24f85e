package app.casebook.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production jar ({@code ./mvnw -Pproduction package}) that the cluster test runs, as an operator would.
 *
 * <p>{@code ./mvnw verify} builds a development-mode jar, which does not start on its own (README), and the
 * production build cannot share {@code target/} with it: it writes Vaadin's production bundle into
 * {@code target/classes}, which would put the other tests of the same build into a half production mode. So the
 * production jar is built from a copy of the main sources in {@code target/production-build/} by a nested Maven
 * run without tests (about 1.5 minutes on two cores; the dependencies are in the local repository already), and
 * reused while the copied sources are unchanged. {@code CASEBOOK_JAR} (environment or system property) names a jar
 * to use instead.
 */
public final class ProductionJar {

    private static final List<String> COPIED = List.of("pom.xml", "mvnw", ".mvn", "src/main", "frontend");

    private ProductionJar() {
    }

    public static Path get(Path project) {
        String given = System.getProperty("CASEBOOK_JAR", System.getenv("CASEBOOK_JAR"));
        if (given != null && !given.isBlank()) {
            Path jar = Path.of(given).toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("CASEBOOK_JAR=" + given + ": no such file");
            }
            return jar;
        }
        try {
            return build(project);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(Path project) throws IOException {
        Path work = project.resolve("target/production-build");
        String fingerprint = fingerprint(project);
        Path stamp = work.resolve("sources.sha256");
        Path existing = findJar(work);
        if (existing != null && Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[cluster] production jar up to date: " + existing);
            return existing;
        }
        for (String name : COPIED) {
            Path target = work.resolve(name);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            copyTree(project.resolve(name), target);
        }
        Files.deleteIfExists(stamp);
        Path log = work.resolve("build.log");
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-Pproduction", "clean", "package",
                "-Dmaven.test.skip=true"));
        System.out.println("[cluster] building the production jar in " + work + " (log: " + log + ")");
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        builder.environment().remove("MAVEN_OPTS");
        Process process = builder.start();
        try {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The production build took more than 15 minutes; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the production jar", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The production build failed (exit " + process.exitValue() + "); see "
                    + log);
        }
        Path jar = findJar(work);
        if (jar == null) {
            throw new IllegalStateException("The production build made no jar; see " + log);
        }
        Files.writeString(stamp, fingerprint);
        System.out.printf("[cluster] production jar built in %d s: %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), jar);
        return jar;
    }

    private static Path findJar(Path work) throws IOException {
        Path target = work.resolve("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("casebook-.*\\.jar")).findFirst().orElse(null);
        }
    }

    /** A hash over the names and contents of everything the production build reads. */
    private static String fingerprint(Path project) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String name : COPIED) {
            Path root = project.resolve(name);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(project.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
