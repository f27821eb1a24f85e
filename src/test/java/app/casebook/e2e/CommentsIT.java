package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.base.Fixtures;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Section;
import app.casebook.comment.Anchor;
import app.casebook.comment.CommentService;
import app.casebook.comment.CommentThread;
import app.casebook.membership.InvitationService;
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
 * A reviewer selects a passage of the seed case study and comments; the candidate sees the thread appear without
 * reloading, replies, edits the quoted sentence a little (the thread stays on it), then deletes it (the thread turns
 * outdated and stays).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:live-collaboration;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class CommentsIT {

    @RegisterExtension
    static final Browser candidateBrowser = new Browser("candidate");
    @RegisterExtension
    static final Browser reviewerBrowser = new Browser("reviewer");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    InvitationService invitations;
    @Autowired
    CommentService comments;

    @Test
    void a_reviewers_comment_on_a_passage_reaches_the_candidate_live_and_follows_the_passage_until_it_is_deleted() {
        Account candidate = account("candidate@casebook.test");
        Account reviewer = account("reviewer2@casebook.test");
        long caseStudyId = Fixtures.as(candidate, () -> caseStudies.listMine().getFirst().id());
        String token = Fixtures.as(candidate,
                () -> invitations.invite(caseStudyId, reviewer.email(), MemberRole.REVIEWER).token());
        Fixtures.as(reviewer, () -> invitations.accept(token));
        Section section = Fixtures.as(candidate, () -> caseStudies.get(caseStudyId).sections().getFirst());
        String text = section.body();
        int end = nthSpace(text, 6);
        String quote = text.substring(0, end);
        long sectionId = section.id();

        logIn(candidateBrowser, "candidate@casebook.test");
        logIn(reviewerBrowser, "reviewer2@casebook.test");
        WebDriver writer = candidateBrowser.driver();
        WebDriver reader = reviewerBrowser.driver();
        writer.get(url("case-studies/" + caseStudyId));
        reader.get(url("case-studies/" + caseStudyId));
        WebElement writerText = candidateBrowser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + sectionId + " textarea")));

        // The reviewer selects the words and presses Ctrl+Alt+M.
        WebElement readerText = reviewerBrowser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#body-" + sectionId + " textarea")));
        select(reader, readerText, 0, end);
        readerText.sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "m"));
        WebElement field = reviewerBrowser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#comment-field textarea")));
        field.sendKeys("Is this measured, and since when?");
        click(reader, reader.findElement(By.id("comment-submit")));
        reviewerBrowser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-thread-id]")));
        CommentThread thread = Fixtures.as(candidate, () -> comments.threads(caseStudyId).getFirst());
        assertThat(thread.quote()).isEqualTo(quote);

        // The candidate sees it without reloading: the count beside the section, then the thread in the panel.
        candidateBrowser.waitUntil(Duration.ofSeconds(10), ExpectedConditions.textToBePresentInElementLocated(
                By.id("comment-count-" + sectionId), "1 open comment"));
        click(writer, writer.findElement(By.id("comments-tab")));
        click(writer, candidateBrowser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.id("thread-" + thread.id()))));
        WebElement reply = candidateBrowser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#reply-field textarea")));
        reply.sendKeys("Since the 2020 baseline.");
        click(writer, writer.findElement(By.id("reply-submit")));
        reviewerBrowser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("thread-" + thread.id())).getText()
                .contains("1 reply") ? true : null);

        // The candidate changes the last word of the quote: the thread stays on the passage.
        int lastWord = quote.lastIndexOf(' ') + 1;
        select(writer, writerText, lastWord, end);
        writerText.sendKeys("changed");
        Anchor moved = awaitAnchor(candidate, caseStudyId, a -> a.state() == Anchor.State.ANCHORED
                && a.text().endsWith("changed"));
        assertThat(moved.start()).isZero();

        // Then deletes the whole passage: the thread is outdated, kept, and shown so to the reviewer live.
        select(writer, writerText, moved.start(), moved.end());
        writerText.sendKeys(Keys.DELETE);
        awaitAnchor(candidate, caseStudyId, Anchor::outdated);
        reviewerBrowser.waitUntil(Duration.ofSeconds(10), d -> d.findElement(By.id("thread-" + thread.id())).getText()
                .toLowerCase().contains("outdated") ? true : null);
        List<CommentThread> after = Fixtures.as(candidate, () -> comments.threads(caseStudyId));
        assertThat(after).hasSize(1);
        assertThat(after.getFirst().comments()).hasSize(2);
        assertThat(after.getFirst().quote()).isEqualTo(quote);

        // The reviewer shows the preview, selects words there and comments: the thread quotes them from the text.
        Section second = Fixtures.as(candidate, () -> caseStudies.get(caseStudyId).sections().get(1));
        String sentence = second.body().substring(0, nthSpace(second.body(), 4));
        click(reader, reviewerBrowser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-radio-button[.//label[normalize-space()='Side by side']]"))));
        WebElement preview = reviewerBrowser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.id("preview-" + second.id())));
        Object selected = ((JavascriptExecutor) reader).executeScript("""
                const p = arguments[0], words = arguments[1];
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const i = walker.currentNode.data.indexOf(words);
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(walker.currentNode, i);
                    r.setEnd(walker.currentNode, i + words.length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(r);
                    return window.getSelection().toString();
                  }
                }
                return null;""", preview, sentence);
        assertThat(selected).as("the words are in the preview as plain text").isEqualTo(sentence);
        click(reader, reader.findElement(By.id("comment-button-" + second.id())));
        WebElement previewField = reviewerBrowser.waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#comment-field textarea")));
        previewField.sendKeys("Which words exactly?");
        click(reader, reader.findElement(By.id("comment-submit")));
        long until = System.currentTimeMillis() + 10_000;
        while (Fixtures.as(candidate, () -> comments.threads(caseStudyId)).size() < 2
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        CommentThread fromPreview = Fixtures.as(candidate, () -> comments.threads(caseStudyId)).stream()
                .filter(t -> t.sectionId() == second.id()).findFirst().orElseThrow();
        assertThat(fromPreview.quote()).isEqualTo(sentence);
    }

    private Anchor awaitAnchor(Account who, long caseStudyId, java.util.function.Predicate<Anchor> condition) {
        long until = System.currentTimeMillis() + 15_000;
        Anchor anchor = null;
        while (System.currentTimeMillis() < until) {
            anchor = Fixtures.as(who, () -> comments.threads(caseStudyId).getFirst().anchor());
            if (condition.test(anchor)) {
                return anchor;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The anchor did not become as expected; last: " + anchor);
    }

    /** A click that does not depend on the element being uncovered at that moment (the side panel may scroll). */
    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                element);
    }

    private static void select(WebDriver driver, WebElement textArea, int start, int end) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                textArea, start, end);
    }

    private static int nthSpace(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(' ', at + 1);
        }
        return at;
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
