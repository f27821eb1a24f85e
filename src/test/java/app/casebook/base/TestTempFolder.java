package app.casebook.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the temporary folder the build gives the test JVM ({@code java.io.tmpdir} under {@code target/}, see
 * pom.xml) before any test runs, so that files the tests or Vaadin leave behind go away with {@code mvn clean}
 * instead of piling up in the system's temporary folder.
 */
public class TestTempFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
