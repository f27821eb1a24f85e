package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.membership.InvitationService;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyDetails;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people in two browsers on one case study: the candidate types in a section; the reviewer, who only reads,
 * sees the candidate present and editing, then the new text, without reloading (server push).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:live-collaboration;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class LiveCollaborationIT {

    @RegisterExtension
    static final Browser candidateBrowser = new Browser();
    @RegisterExtension
    static final Browser reviewerBrowser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    InvitationService invitations;
    @Autowired
    RevisionService revisions;

    @Test
    void reviewer_sees_the_candidates_presence_and_new_text_without_reloading() throws InterruptedException {
        Account candidate = account("candidate@casebook.test");
        Account reviewer = account("reviewer1@casebook.test");
        long caseStudyId = Fixtures.as(candidate, () -> caseStudies.listMine().getFirst().id());
        String token = Fixtures.as(candidate,
                () -> invitations.invite(caseStudyId, reviewer.email(), MemberRole.REVIEWER).token());
        Fixtures.as(reviewer, () -> invitations.accept(token));
        CaseStudyDetails details = Fixtures.as(candidate, () -> caseStudies.get(caseStudyId));

        logIn(candidateBrowser, "candidate@casebook.test");
        logIn(reviewerBrowser, "reviewer1@casebook.test");
        WebDriver writer = candidateBrowser.driver();
        WebDriver reader = reviewerBrowser.driver();
        writer.get(url("case-studies/" + caseStudyId));
        reader.get(url("case-studies/" + caseStudyId));
        long sectionId = details.sections().getFirst().id();

        WebElement textArea = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + sectionId + " textarea")));
        reviewerBrowser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("section-" + sectionId)));

        // Both are present: the reviewer's avatar group shows two people.
        reviewerBrowser.waitUntil(d -> avatarCount(d) == 2);

        textArea.click();
        reviewerBrowser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editing-" + sectionId), "Casey Candidate is editing"));

        String text = "Joined a Series B e-commerce startup growing 20% a month; written live at " + System.nanoTime();
        textArea.clear();
        textArea.sendKeys(text);

        Object seen = reviewerBrowser.waitUntil(Duration.ofSeconds(15), d -> {
            Object value = ((JavascriptExecutor) d).executeScript(
                    "const a = document.querySelector('#body-" + sectionId + " textarea'); return a ? a.value : null;");
            return text.equals(value) ? value : null;
        });
        assertThat(seen).isEqualTo(text);
        assertThat(reader.getCurrentUrl()).endsWith("/case-studies/" + caseStudyId);

        // One burst of typing is one revision: the first keystroke is not saved on its own (it was, while the start
        // of typing was told to the server by an "input" event that carried the value with it).
        int before = Fixtures.as(candidate, () -> revisions.count(caseStudyId, sectionId));
        String more = " and then more words";
        textArea.sendKeys(more);
        reviewerBrowser.waitUntil(Duration.ofSeconds(15), d -> (text + more).equals(((JavascriptExecutor) d)
                .executeScript("return document.querySelector('#body-" + sectionId + " textarea').value")));
        candidateBrowser.waitUntil(ExpectedConditions.textMatches(By.id("status-" + sectionId),
                java.util.regex.Pattern.compile("Saved")));
        List<Revision> added = Fixtures.as(candidate, () -> revisions.history(caseStudyId, sectionId, 0, 10))
                .subList(0, Fixtures.as(candidate, () -> revisions.count(caseStudyId, sectionId)) - before);
        assertThat(added).as("revisions saved by one burst of typing").hasSize(1);
        assertThat(added.getFirst().body()).isEqualTo(text + more);

        // A burst that leaves the text as it was (x, then Backspace) sends no value; once it has ended, text saved
        // elsewhere reaches the field although the cursor is still in it (it waited until leaving the field before).
        textArea.sendKeys("x");
        textArea.sendKeys(Keys.BACK_SPACE);
        Thread.sleep(2_000);
        String elsewhere = text + more + " Saved on another device.";
        Fixtures.as(candidate, () -> {
            long base = caseStudies.get(caseStudyId).sections().getFirst().revisionId();
            return caseStudies.saveSectionText(sectionId, base, elsewhere);
        });
        candidateBrowser.waitUntil(Duration.ofSeconds(10), d -> elsewhere.equals(((JavascriptExecutor) d)
                .executeScript("return document.querySelector('#body-" + sectionId + " textarea').value")));
        assertThat(((JavascriptExecutor) writer).executeScript("return window.casebookUnsaved.size"))
                .as("nothing left unsaved").isEqualTo(0L);
    }

    /** The demo account with this e-mail, looked up with a throw-away login (the lookup needs one). */
    private Account account(String email) {
        var lookup = new app.casebook.security.CasebookUser(-1, "lookup@casebook.test", "Lookup", "", true, true,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_USER")));
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

    private static long avatarCount(WebDriver d) {
        Object n = ((JavascriptExecutor) d).executeScript(
                "const g = document.getElementById('presence'); return g && g.items ? g.items.length : 0;");
        return n instanceof Number num ? num.longValue() : 0;
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
