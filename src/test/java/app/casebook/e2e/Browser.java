package app.casebook.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for real-browser journeys, one fresh profile per test.
 *
 * <p>Register it as a {@code static} field with {@code @RegisterExtension}: the check for the browser then runs
 * before Spring starts. Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the test class fails
 * when the environment variable {@code CI} is {@code true} and is skipped otherwise. The browser and the driver are
 * given explicitly, so Selenium Manager never downloads anything. When a test fails, a screenshot and the page
 * source go to {@code target/e2e/}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target", "e2e");

    private final String name;
    private WebDriver driver;
    private Path profile;

    public Browser() {
        this("");
    }

    /** @param name told apart in the evidence file names when a test has several browsers */
    public Browser(String name) {
        this.name = name;
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser runs only inside a test method");
        }
        return driver;
    }

    /** What the page wrote to the browser's console since the last call. */
    public java.util.List<String> consoleMessages() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Waits until the condition yields something other than null or false. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(Duration.ofSeconds(30), condition);
    }

    public <T> T waitUntil(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), timeout).until(condition);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String message = "Real-browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install -y chromium chromium-driver; .ci/run installs them).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " CI=true, so a missing browser is a failure, not a skip.");
        }
        System.err.println("SKIPPED " + context.getDisplayName() + ": " + message);
        Assumptions.abort(message + " Skipped because CI is not true.");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("casebook-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The browser's console, so that journeys can check that the Content-Security-Policy refused nothing.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        Files.createDirectories(EVIDENCE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(EVIDENCE.resolve("chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + (this.name.isEmpty() ? "" : "-" + this.name);
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, EVIDENCE.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(EVIDENCE.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
            System.err.println("Browser evidence of the failure: " + EVIDENCE.resolve(name + ".png").toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the browser evidence of " + name + ": " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
                profile = null;
            }
        }
    }
}
