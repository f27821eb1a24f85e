package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first journey in a real browser: the demo candidate logs in and opens the seed case study. Runs the whole
 * application (Vaadin in development mode with its pre-built bundle, no npm) on an in-memory H2 with the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-smoke;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class LoginSmokeIT {

    private static final String SEED_TITLE = "Platform Scaling for Hypergrowth";
    private static final List<String> SEED_HEADINGS = List.of(
            "The Context", "The Challenge", "Your Approach", "Key Decisions", "The Outcome", "What You Learned");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void candidate_logs_in_and_opens_the_seed_case_study_with_its_six_sections() {
        WebDriver driver = browser.driver();
        driver.get("http://localhost:" + port + "/");

        // An anonymous visitor is sent to the login form. The first page of a fresh server may take a while.
        WebElement username = browser.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        username.sendKeys("candidate@casebook.test");
        driver.findElement(By.cssSelector("vaadin-login-form#login-form input[name='password']"))
                .sendKeys("casebook-demo");
        driver.findElement(By.cssSelector("vaadin-login-form#login-form vaadin-button[slot='submit']")).click();

        WebElement seedLink = browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='case-studies']//a[normalize-space()='" + SEED_TITLE + "']")));
        assertThat(driver.getTitle()).isEqualTo("Case studies · Casebook");

        seedLink.click();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("case-study-title"), SEED_TITLE));
        List<String> headings = browser.waitUntil(d -> {
            List<String> values = d.findElements(By.cssSelector("#sections vaadin-text-field[id^='heading-']"))
                    .stream().map(field -> field.getDomProperty("value")).toList();
            return values.size() == SEED_HEADINGS.size() ? values : null;
        });
        assertThat(headings).containsExactlyElementsOf(SEED_HEADINGS);
        assertThat(driver.getTitle()).isEqualTo(SEED_TITLE + " · Casebook");
        // Vaadin works under the Content-Security-Policy: the browser refused nothing on the way.
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
