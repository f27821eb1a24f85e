package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registering through an invitation, in real browsers: the owner invites an e-mail address under People, the link is
 * opened in a fresh browser (no cookies, nobody logged in), the person creates their account there and lands logged
 * in on the case study, with their name in the top bar; the owner's People panel shows them without a reload.
 * Same application context as {@link LoginSmokeIT} (same properties).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-smoke;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class InvitationSignUpIT {

    private static final String SEED_TITLE = "Platform Scaling for Hypergrowth";

    @RegisterExtension
    static final Browser owner = new Browser("owner");
    @RegisterExtension
    static final Browser newcomer = new Browser("newcomer");

    @LocalServerPort
    int port;

    @Test
    void a_newcomer_registers_from_the_owners_link_in_a_fresh_browser_and_lands_logged_in_on_the_case_study() {
        WebDriver a = owner.driver();
        a.get(url("login"));
        owner.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")))
                .sendKeys("candidate@casebook.test");
        a.findElement(By.cssSelector("vaadin-login-form#login-form input[name='password']")).sendKeys("casebook-demo");
        a.findElement(By.cssSelector("vaadin-login-form#login-form vaadin-button[slot='submit']")).click();
        owner.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='case-studies']//a[normalize-space()='" + SEED_TITLE + "']"))).click();
        owner.waitUntil(ExpectedConditions.textToBe(By.id("case-study-title"), SEED_TITLE));
        long caseStudyId = Long.parseLong(a.getCurrentUrl().replaceAll(".*/case-studies/(\\d+).*", "$1"));

        // The owner invites an address that has no account, as an editor, and copies the link Casebook shows.
        String email = "nia-" + Long.toString(System.nanoTime(), 36) + "@casebook.test";
        owner.waitUntil(ExpectedConditions.elementToBeClickable(By.id("people-tab"))).click();
        owner.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#invite-email input"))).sendKeys(email);
        choose(owner, "invite-role", "Editor");
        a.findElement(By.id("invite-button")).click();
        String link = owner.waitUntil(d -> {
            Object v = js(d, "const f = document.getElementById('invite-link'); return f ? f.value : null;");
            return v instanceof String s && !s.isBlank() ? s : null;
        });
        assertThat(link).contains("/invitation/");

        // A fresh browser: nobody logged in. The link shows the invitation and the sign-up form, the address filled in.
        WebDriver b = newcomer.driver();
        b.get(url(link.replaceFirst("^.*?(invitation/)", "$1")));
        WebElement name = newcomer.waitUntil(Duration.ofSeconds(60), ExpectedConditions.elementToBeClickable(
                By.cssSelector("#register-name input")));
        assertThat(b.findElement(By.id("invitation-text")).getText()).contains(SEED_TITLE).contains("as editor");
        assertThat(js(b, "return document.getElementById('register-email').value")).isEqualTo(email);
        name.sendKeys("Nia Newcomer");
        b.findElement(By.cssSelector("#register-password input")).sendKeys("a-long-password");
        b.findElement(By.cssSelector("#register-repeat-password input")).sendKeys("a-long-password");
        b.findElement(By.id("register-button")).click();

        // Logged in on the case study: its editor as an editor, the name in the top bar, no login form on the way.
        newcomer.waitUntil(ExpectedConditions.urlMatches(".*/case-studies/" + caseStudyId + "$"));
        newcomer.waitUntil(ExpectedConditions.textToBe(By.id("case-study-title"), SEED_TITLE));
        assertThat(b.findElement(By.className("editor-meta")).getText()).contains("Your role: Editor");
        assertThat(js(b, "return document.getElementById('current-user').textContent")).isEqualTo("Nia Newcomer");
        assertThat(b.findElements(By.id("login-form"))).isEmpty();
        assertThat(b.findElements(By.cssSelector("#sections vaadin-text-area"))).isNotEmpty();
        // Still logged in on the next page of the same browser (the login is kept in the session).
        b.get(url(""));
        newcomer.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='case-studies']//a[normalize-space()='" + SEED_TITLE + "']")));
        assertThat(b.getCurrentUrl()).doesNotEndWith("/login");

        // The owner sees the new member without reloading; the link is used up.
        owner.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("member-list"), "Nia Newcomer"));
        b.manage().deleteAllCookies();
        b.get(url(link.replaceFirst("^.*?(invitation/)", "$1")));
        newcomer.waitUntil(Duration.ofSeconds(60), ExpectedConditions.presenceOfElementLocated(
                By.id("invitation-invalid")));
    }

    private static void choose(Browser browser, String selectId, String label) {
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space()='" + label + "']"))).click();
        browser.waitUntil(d -> String.valueOf(js(d,
                "const s = document.getElementById(arguments[0]); return s ? s.innerText : '';", selectId))
                .contains(label));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
