package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.membership.InvitationService;
import app.casebook.review.ReviewService;
import app.casebook.review.VersionStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The publish journey (issue 13) in two real browsers: the candidate's seed case study, its placeholders replaced,
 * is submitted and approved by a reviewer (through the services: the review journey is {@link ReviewIT}); the
 * candidate publishes the approved version in the editor's Publish panel and copies the link; an anonymous browser
 * (never logged in) opens it and reads the title and every section, with no HTTP session and no serious
 * accessibility violation; the candidate edits the draft in the editor and the public page stays the approved
 * text; the candidate unpublishes and the link answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:publish-journey;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class PublishIT {

    private static final Duration LIVE = Duration.ofSeconds(20);
    private static final String APPROVED_TEXT = "We measured every step of the work and cut infrastructure costs by "
            + "40% in 9 months.";
    private static final String DRAFT_ONLY = "Revenue grew threefold after the approval.";

    @RegisterExtension
    static final Browser candidateBrowser = new Browser("candidate");
    @RegisterExtension
    static final Browser anonymousBrowser = new Browser("anonymous");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    InvitationService invitations;
    @Autowired
    ReviewService reviews;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void an_approved_version_is_published_read_anonymously_unchanged_by_later_edits_and_unpublished()
            throws Exception {
        Account candidate = account("candidate@casebook.test");
        Account reviewer = account("reviewer1@casebook.test");
        long caseStudyId = Fixtures.as(candidate, () -> caseStudies.listMine().getFirst().id());
        String token = Fixtures.as(candidate,
                () -> invitations.invite(caseStudyId, reviewer.email(), MemberRole.REVIEWER).token());
        Fixtures.as(reviewer, () -> invitations.accept(token));
        Fixtures.as(candidate, () -> {
            for (Section s : caseStudies.get(caseStudyId).sections()) {
                caseStudies.saveSectionText(s.id(), s.revisionId(), s.heading() + ": " + (APPROVED_TEXT + " ")
                        .repeat(10).strip());
            }
        });
        long versionId = Fixtures.as(candidate, () -> reviews.submit(caseStudyId, "Ready to share.",
                List.of(reviewer.id()), true));
        assertThat(Fixtures.as(reviewer, () -> reviews.approve(versionId, "Clear and measured.")))
                .isEqualTo(VersionStatus.APPROVED);
        CaseStudyDetails approved = Fixtures.as(candidate, () -> caseStudies.get(caseStudyId));
        String title = approved.caseStudy().title();
        Section outcome = approved.sections().stream().filter(s -> s.heading().equals("The Outcome")).findFirst()
                .orElseThrow();

        // The candidate publishes the approved version from the editor's Publish panel and copies the link.
        logIn(candidateBrowser, candidate.email());
        WebDriver editor = candidateBrowser.driver();
        editor.get(url("case-studies/" + caseStudyId));
        // The tab may sit in the tab bar's overflow at this window width: scrolled into view and clicked.
        WebElement tab = candidateBrowser.waitUntil(LIVE, ExpectedConditions.presenceOfElementLocated(
                By.id("publish-tab")));
        ((JavascriptExecutor) editor).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", tab);
        click(candidateBrowser, "publish-button");
        WebElement linkElement = candidateBrowser.waitUntil(LIVE,
                ExpectedConditions.visibilityOfElementLocated(By.id("public-link")));
        String link = linkElement.getAttribute("href");
        assertThat(link).matches("http://localhost:" + port + "/p/[A-Za-z0-9_-]{43}");
        assertThat(linkElement.getText()).isEqualTo(link);

        // Anyone with the link reads the approved version, without logging in and without a session.
        WebDriver reader = anonymousBrowser.driver();
        reader.get(link);
        assertThat(reader.getCurrentUrl()).isEqualTo(link);
        assertThat(reader.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(reader.getTitle()).isEqualTo(title);
        List<String> headings = reader.findElements(By.cssSelector("section h2")).stream().map(WebElement::getText)
                .toList();
        assertThat(headings).containsExactlyElementsOf(approved.sections().stream().map(Section::heading).toList());
        String page = reader.findElement(By.tagName("article")).getText();
        assertThat(page).contains("Version 1").contains("Approved by 1 reviewer").contains(APPROVED_TEXT)
                .contains("The Outcome: " + APPROVED_TEXT);
        assertThat(reader.manage().getCookies()).as("cookies after reading the public page").isEmpty();
        assertThat(Axe.seriousViolations(reader)).as("serious or critical accessibility violations").isEmpty();
        HttpResponse<String> fetched = get(link);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().allValues("Set-Cookie")).as("Set-Cookie of the public page").isEmpty();

        // The candidate goes on editing the draft: the public page keeps the approved version.
        WebElement outcomeText = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + outcome.id() + " textarea")));
        outcomeText.click();
        outcomeText.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        outcomeText.sendKeys(" " + DRAFT_ONLY);
        candidateBrowser.waitUntil(LIVE, d -> Fixtures.as(candidate, () -> caseStudies.get(caseStudyId).sections()
                .stream().anyMatch(s -> s.id() == outcome.id() && s.body().endsWith(DRAFT_ONLY))));
        reader.navigate().refresh();
        String after = reader.findElement(By.tagName("article")).getText();
        assertThat(after).contains("The Outcome: " + APPROVED_TEXT).doesNotContain(DRAFT_ONLY)
                .doesNotContain("threefold");
        assertThat(get(link).body()).contains(APPROVED_TEXT).doesNotContain("threefold");

        // Unpublished, the link answers 404, to the reader's browser as to any client.
        click(candidateBrowser, "unpublish-button");
        candidateBrowser.waitUntil(LIVE, d -> d.findElements(By.id("unpublish-button")).isEmpty()
                && d.findElements(By.id("public-link")).isEmpty());
        HttpResponse<String> gone = get(link);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).doesNotContain(title).doesNotContain(APPROVED_TEXT);
        reader.navigate().refresh();
        assertThat(reader.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(reader.getPageSource()).doesNotContain(APPROVED_TEXT);
    }

    private HttpResponse<String> get(String link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Clicks an element by id once it can be clicked, again if the page rebuilt it meanwhile. */
    private static void click(Browser b, String id) {
        b.waitUntil(LIVE, d -> {
            try {
                WebElement e = d.findElement(By.id(id));
                if (!e.isDisplayed() || "true".equals(e.getAttribute("disabled"))) {
                    return null;
                }
                ((JavascriptExecutor) d).executeScript("arguments[0].click();", e);
                return true;
            } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** The demo account with this e-mail, looked up with a throw-away login (the lookup needs one). */
    private Account account(String email) {
        var lookup = new app.casebook.security.CasebookUser(-1, "lookup@casebook.test", "Lookup", "", true, true,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_USER")));
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                lookup, null, lookup.getAuthorities()));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return accounts.findByEmail(email).orElseThrow();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private void logIn(Browser browser, String email) {
        WebDriver driver = browser.driver();
        driver.get(url("login"));
        WebElement username = browser.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form#login-form input[name='password']"))
                .sendKeys("casebook-demo");
        driver.findElement(By.cssSelector("vaadin-login-form#login-form vaadin-button[slot='submit']")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case-studies")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
