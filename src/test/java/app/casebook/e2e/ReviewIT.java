package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.membership.InvitationService;
import app.casebook.review.ReviewService;
import app.casebook.review.Version;
import app.casebook.review.VersionStatus;
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
 * The review journey in three real browsers (issue 12): the candidate submits the seed case study, its placeholders
 * replaced, to two required reviewers; reviewer 1 approves, reviewer 2 requests changes; the candidate sees "Changes
 * requested" live, edits one section and resubmits; reviewer 2 sees only that section's diff, both approve, and the
 * status is "Approved (v2)" — every step seen by the others without reloading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:review-journey;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class ReviewIT {

    private static final Duration LIVE = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browser candidateBrowser = new Browser("candidate");
    @RegisterExtension
    static final Browser reviewer1Browser = new Browser("reviewer1");
    @RegisterExtension
    static final Browser reviewer2Browser = new Browser("reviewer2");

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

    @Test
    void two_reviewers_decide_the_candidate_resubmits_and_the_second_version_is_approved() {
        Account candidate = account("candidate@casebook.test");
        Account reviewer1 = account("reviewer1@casebook.test");
        Account reviewer2 = account("reviewer2@casebook.test");
        long caseStudyId = Fixtures.as(candidate, () -> caseStudies.listMine().getFirst().id());
        for (Account r : List.of(reviewer1, reviewer2)) {
            String token = Fixtures.as(candidate,
                    () -> invitations.invite(caseStudyId, r.email(), MemberRole.REVIEWER).token());
            Fixtures.as(r, () -> invitations.accept(token));
        }
        // The placeholders replaced (typing six sections in a browser is the editor's journey, not this one).
        Fixtures.as(candidate, () -> {
            for (Section s : caseStudies.get(caseStudyId).sections()) {
                caseStudies.saveSectionText(s.id(), s.revisionId(), s.heading() + ": "
                        + "We measured every step of the work and cut infrastructure costs by 40% in 9 months. "
                        .repeat(10));
            }
        });
        long outcomeId = Fixtures.as(candidate, () -> caseStudies.get(caseStudyId).sections().stream()
                .filter(s -> s.heading().equals("The Outcome")).findFirst().orElseThrow().id());

        logIn(candidateBrowser, candidate.email());
        logIn(reviewer1Browser, reviewer1.email());
        logIn(reviewer2Browser, reviewer2.email());
        for (Browser b : List.of(candidateBrowser, reviewer1Browser, reviewer2Browser)) {
            b.driver().get(url("case-studies/" + caseStudyId));
            waitForStatus(b, "Draft");
        }

        // The candidate submits v1 to both reviewers.
        click(candidateBrowser, "submit-for-review-button");
        WebElement note = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#review-note textarea")));
        note.sendKeys("First full version: the numbers are in the outcome.");
        WebElement reviewers = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#required-reviewers input")));
        for (String name : List.of("Riley Reviewer", "Robin Reviewer")) {
            reviewers.sendKeys(name);
            pause(700);
            reviewers.sendKeys(Keys.ENTER);
            pause(400);
        }
        click(candidateBrowser, "submit-version-button");
        waitForStatus(candidateBrowser, "In review (v1)");
        waitForStatus(reviewer1Browser, "In review (v1)");
        waitForStatus(reviewer2Browser, "In review (v1)");

        // Reviewer 1 approves; reviewer 2 requests changes with a comment.
        click(reviewer1Browser, "review-tab");
        click(reviewer1Browser, "approve-button");
        waitUntilDecided(caseStudyId, candidate, 1, 1);
        click(reviewer2Browser, "review-tab");
        WebElement comment = reviewer2Browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#decision-comment textarea")));
        comment.sendKeys("The outcome needs the revenue effect.");
        click(reviewer2Browser, "request-changes-button");

        // The candidate sees it live, edits the outcome and resubmits (to the same reviewers, chosen already).
        waitForStatus(candidateBrowser, "Changes requested (v1)");
        WebElement outcome = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + outcomeId + " textarea")));
        outcome.click();
        outcome.sendKeys(Keys.END, " Revenue grew threefold.");
        candidateBrowser.waitUntil(LIVE, d -> Fixtures.as(candidate, () -> caseStudies.get(caseStudyId).sections()
                .stream().anyMatch(s -> s.id() == outcomeId && s.body().endsWith("Revenue grew threefold."))));
        click(candidateBrowser, "submit-for-review-button");
        click(candidateBrowser, "submit-version-button");
        waitForStatus(candidateBrowser, "In review (v2)");
        Version v2 = Fixtures.as(candidate, () -> reviews.versions(caseStudyId).getFirst());
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.reviewers()).hasSize(2);

        // Reviewer 2's open panel shows, live, only the outcome's diff; the other sections are folded.
        reviewer2Browser.waitUntil(LIVE, d -> text(d, "changes-since-review-summary").startsWith("1 part changed"));
        WebDriver r2 = reviewer2Browser.driver();
        assertThat(r2.findElement(By.id("change-section-" + outcomeId)).getAttribute("opened")).isNotNull();
        assertThat(r2.findElement(By.id("change-section-" + outcomeId)).getText()).contains("threefold");
        assertThat(r2.findElements(By.cssSelector(".change-changed"))).hasSize(1);
        assertThat(r2.findElements(By.cssSelector(".change-unchanged"))).hasSize(5);

        click(reviewer2Browser, "approve-button");
        waitUntilDecided(caseStudyId, candidate, 2, 1);
        reviewer1Browser.waitUntil(LIVE, d -> !d.findElements(By.id("approve-button")).isEmpty());
        click(reviewer1Browser, "approve-button");

        waitForStatus(candidateBrowser, "Approved (v2)");
        waitForStatus(reviewer1Browser, "Approved (v2)");
        waitForStatus(reviewer2Browser, "Approved (v2)");
        assertThat(Fixtures.as(candidate, () -> reviews.versions(caseStudyId).getFirst().status()))
                .isEqualTo(VersionStatus.APPROVED);
    }

    private void waitUntilDecided(long caseStudyId, Account who, int number, int decisions) {
        candidateBrowser.waitUntil(LIVE, d -> Fixtures.as(who, () -> reviews.versions(caseStudyId).stream()
                .filter(v -> v.number() == number).findFirst()
                .map(v -> v.reviewers().stream().filter(r -> r.decision() != null).count() >= decisions)
                .orElse(false)));
    }

    private static void waitForStatus(Browser b, String status) {
        b.waitUntil(LIVE, d -> status.equals(text(d, "review-status")));
    }

    private static String text(WebDriver d, String id) {
        try {
            List<WebElement> found = d.findElements(By.id(id));
            return found.isEmpty() ? "" : found.getFirst().getText().strip();
        } catch (StaleElementReferenceException e) {
            return "";
        }
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
