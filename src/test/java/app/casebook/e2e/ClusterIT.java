package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two nodes as an operator runs them: {@code docker/cluster/run-local} starts the production jar twice (profiles
 * {@code mysql,prod,redis}, separate JVMs) on a database of this test's own and the local Redis, with HAProxy in
 * front; two people in real browsers are pinned to different nodes by HAProxy's cookie.
 *
 * <p>First they see each other live across the nodes: presence, text, a section moved, members joining and roles
 * changing. Then the second node is killed with SIGKILL while its person is typing: the person on the first node
 * notices nothing, the person on the dead node sees Vaadin's reconnect notice, lands on the surviving node (logging
 * in again there), and every save that had been acknowledged to them is in the history.
 *
 * <p>Needs HAProxy, MariaDB/MySQL ({@code CASEBOOK_TEST_MYSQL_URL}: this test makes and drops a database named
 * after it with {@code _cluster} appended), Redis on 127.0.0.1:6379 and Chromium; without one of them it is
 * skipped, or fails when {@code CI=true}. The production jar is built from a copy of the sources when needed
 * ({@link ProductionJar}).
 */
class ClusterIT {

    private static final String PASSWORD = "casebook-demo";
    private static final String CANDIDATE = "candidate@casebook.test";
    private static final String REVIEWER = "reviewer1@casebook.test";

    @RegisterExtension
    static final Browser first = new Browser("first");
    @RegisterExtension
    static final Browser second = new Browser("second");

    private static LocalCluster cluster;
    private static Database database;

    @BeforeAll
    static void start_the_cluster() throws Exception {
        require(onPath("haproxy"), "HAProxy (Debian: apt-get install -y haproxy; .ci/run installs it)");
        String url = System.getenv("CASEBOOK_TEST_MYSQL_URL");
        require(url != null && !url.isBlank(), "CASEBOOK_TEST_MYSQL_URL (a MariaDB/MySQL server; see README)");
        require(answers("127.0.0.1", 6379), "Redis on 127.0.0.1:6379");
        Path project = Path.of("").toAbsolutePath();
        Path jar = ProductionJar.get(project);
        database = Database.besides(url, "_cluster");
        database.recreate();
        cluster = new LocalCluster(project, project.resolve("target/cluster-it"), jar, database.jdbcUrl(),
                database.user(), database.password());
        cluster.start();
    }

    @AfterAll
    static void stop_the_cluster() throws Exception {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            if (database != null) {
                database.drop();
            }
        }
    }

    @Test
    void two_people_on_two_nodes_work_together_live_and_a_killed_node_loses_no_acknowledged_save()
            throws Exception {
        WebDriver a = first.driver();
        WebDriver b = second.driver();

        // Pinned to different nodes by HAProxy's cookie; the node that answers says so in X-Casebook-Node.
        a.get(cluster.url() + "login");
        String nodeOfA = nodeCookie(a);
        b.get(cluster.url() + "login");
        String nodeOfB = nodeCookie(b);
        if (nodeOfB.equals(nodeOfA)) {
            b.manage().deleteAllCookies();
            b.manage().addCookie(new Cookie("CASEBOOK_NODE", other(nodeOfA)));
            b.get(cluster.url() + "login");
            nodeOfB = nodeCookie(b);
        }
        assertThat(nodeOfA).isIn("node1", "node2");
        assertThat(nodeOfB).isEqualTo(other(nodeOfA));
        logIn(first, CANDIDATE);
        logIn(second, REVIEWER);
        assertThat(nodeCookie(a)).isEqualTo(nodeOfA);
        assertThat(nodeCookie(b)).isEqualTo(nodeOfB);
        assertThat(answeringNode(a)).isEqualTo(nodeOfA);
        assertThat(answeringNode(b)).isEqualTo(nodeOfB);

        // The candidate invites the reviewer as an editor; the reviewer accepts on the other node, and the
        // candidate's members panel shows them without reloading.
        WebElement seedLink = first.waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='case-studies']//a[normalize-space()='Platform Scaling for Hypergrowth']")));
        seedLink.click();
        first.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case-study-title")));
        long caseStudyId = Long.parseLong(a.getCurrentUrl().replaceAll(".*/case-studies/(\\d+).*", "$1"));
        List<Long> sections = sectionIds(first);
        assertThat(sections).hasSizeGreaterThanOrEqualTo(3);
        long s1 = sections.get(0);
        long s2 = sections.get(1);

        first.waitUntil(ExpectedConditions.elementToBeClickable(By.id("people-tab"))).click();
        first.waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#invite-email input")))
                .sendKeys(REVIEWER);
        choose(first, "invite-role", "Editor");
        a.findElement(By.id("invite-button")).click();
        String invitation = first.waitUntil(d -> {
            Object v = js(d, "const f = document.getElementById('invite-link'); return f ? f.value : null;");
            return v instanceof String s && !s.isBlank() ? s : null;
        });
        b.get(cluster.url() + invitation.replaceFirst("^.*?(invitation/)", "$1"));
        second.waitUntil(ExpectedConditions.elementToBeClickable(By.id("accept-invitation-button"))).click();
        second.waitUntil(ExpectedConditions.urlMatches(".*/case-studies/" + caseStudyId + "$"));
        first.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("member-list"), "Riley Reviewer"));

        // Presence from both nodes.
        first.waitUntil(d -> avatarCount(d) == 2);
        second.waitUntil(d -> avatarCount(d) == 2);

        // Text, both ways.
        String fromA = "Written on " + nodeOfA + " at " + System.nanoTime();
        type(first, s1, fromA);
        second.waitUntil(d -> fromA.equals(bodyText(d, s1)));
        String fromB = "Written on " + nodeOfB + " at " + System.nanoTime();
        type(second, s2, fromB);
        first.waitUntil(d -> fromB.equals(bodyText(d, s2)));
        waitAcknowledged(first, s1, fromA);
        waitAcknowledged(second, s2, fromB);

        // A section moved on one node is moved on the other.
        a.findElement(By.id("move-down-" + s1)).click();
        first.waitUntil(d -> sectionIds(d).indexOf(s1) == 1);
        second.waitUntil(d -> sectionIds(d).indexOf(s1) == 1 && sectionIds(d).indexOf(s2) == 0);

        // A role changed on one node rebuilds the other person's page on the other node.
        long reviewerId = memberId(first, "Riley Reviewer");
        choose(first, "member-role-" + reviewerId, "Reviewer");
        second.waitUntil(d -> readOnly(d, s2));
        choose(first, "member-role-" + reviewerId, "Editor");
        second.waitUntil(d -> !readOnly(d, s2));

        // The kill. B types in bursts; each burst the page confirms as saved is counted.
        recordConnectionStates(a);
        recordConnectionStates(b);
        List<String> acknowledged = new ArrayList<>();
        String text = fromB;
        for (int burst = 1; burst <= 3; burst++) {
            text = text + " burst " + burst + " " + Long.toString(System.nanoTime(), 36);
            append(second, s2, text);
            waitAcknowledged(second, s2, text);
            acknowledged.add(text);
        }
        // Killed while B is typing: this text is on B's screen, not yet sent (autosave waits for a pause).
        String typedDuringKill = text + " typed while the node died";
        append(second, s2, typedDuringKill);
        cluster.kill(nodeOfB);
        try {
            append(second, s2, typedDuringKill + " and after");
        } catch (WebDriverException pageAlreadyGone) {
            // The page may already have noticed the dead node and left for the login page: nothing to type into.
            System.out.println("[cluster] the page of the killed node was gone before typing after the kill: "
                    + pageAlreadyGone.getClass().getSimpleName());
        }

        // The person on the surviving node goes on typing and is saved, as if nothing happened.
        String afterKill = fromA + " and more after the kill";
        type(first, s1, afterKill);
        waitAcknowledged(first, s1, afterKill);

        // The person on the dead node: Vaadin's reconnect notice ("Connection lost, trying to reconnect..."), then
        // the surviving node, which has no session for them: the page says they are logged out (their unsaved text
        // kept in the browser), and they log in again on the surviving node.
        String statesOfB = second.waitUntil(Duration.ofSeconds(60), d -> {
            String s = connectionStates(d);
            return s.contains("reconnecting") ? s : null;
        });
        System.out.println("[cluster] connection states of the person on the killed node: " + statesOfB);
        second.waitUntil(Duration.ofSeconds(60), d -> d.getCurrentUrl().endsWith("/login")
                || String.valueOf(js(d, "return document.body.innerText")).contains("You are logged out"));
        logIn(second, REVIEWER);
        assertThat(nodeCookie(b)).isEqualTo(nodeOfA);
        assertThat(answeringNode(b)).isEqualTo(nodeOfA);
        if (!b.getCurrentUrl().endsWith("/case-studies/" + caseStudyId)) {
            b.get(cluster.url() + "case-studies/" + caseStudyId);
        }
        String lastAcknowledged = acknowledged.getLast();
        second.waitUntil(Duration.ofSeconds(30), d -> {
            String shown = bodyText(d, s2);
            return shown != null && shown.startsWith(lastAcknowledged);
        });

        // Every acknowledged save is a revision of that section.
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(3);
        for (String saved : acknowledged) {
            assertThat(database.revisionsWithText(s2, saved))
                    .as("revisions of section %d with the acknowledged text '%s'", s2, saved)
                    .isGreaterThanOrEqualTo(1);
        }

        // The person on the surviving node never lost the connection and is still editing.
        assertThat(connectionStates(a)).doesNotContain("reconnecting").doesNotContain("connection-lost");
        assertThat(a.getCurrentUrl()).endsWith("/case-studies/" + caseStudyId);
        assertThat(nodeCookie(a)).isEqualTo(nodeOfA);
        System.out.printf("[cluster] %d saves acknowledged on %s before it was killed, all found in the history%n",
                acknowledged.size(), nodeOfB);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "The cluster test needs " + what + ".";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + " CI=true, so a missing prerequisite is a failure, not a skip.");
        }
        System.err.println("SKIPPED ClusterIT: " + message);
        Assumptions.abort(message + " Skipped because CI is not true.");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program));
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String other(String node) {
        return node.equals("node1") ? "node2" : "node1";
    }

    private static String nodeCookie(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed("CASEBOOK_NODE");
        return cookie == null ? "" : cookie.getValue();
    }

    /** The node HAProxy sends this browser's requests to, as the response header says. */
    private static String answeringNode(WebDriver driver) {
        Object node = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('readyz', {credentials: 'same-origin'})
                  .then(r => done(r.headers.get('X-Casebook-Node'))).catch(e => done('error: ' + e));""");
        return String.valueOf(node);
    }

    private void logIn(Browser browser, String email) {
        WebDriver driver = browser.driver();
        if (!driver.getCurrentUrl().endsWith("/login")) {
            driver.get(cluster.url() + "login");
        }
        WebElement username = browser.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form#login-form input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form#login-form vaadin-button[slot='submit']")).click();
        // The dashboard, or the page asked for before the login (Spring Security brings the person back there).
        browser.waitUntil(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("case-studies")),
                ExpectedConditions.presenceOfElementLocated(By.id("case-study-title"))));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static List<Long> sectionIds(Browser browser) {
        return browser.waitUntil(d -> {
            List<Long> ids = sectionIds(d);
            return ids.isEmpty() ? null : ids;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Long> sectionIds(WebDriver driver) {
        Object ids = js(driver, """
                return Array.from(document.querySelectorAll('#sections .section-editor'))
                  .map(e => e.id.replace('section-', ''));""");
        return ((List<Object>) ids).stream().map(o -> Long.parseLong(o.toString())).toList();
    }

    private static String bodyText(WebDriver driver, long sectionId) {
        Object value = js(driver, "const a = document.querySelector('#body-' + arguments[0] + ' textarea');"
                + " return a ? a.value : null;", sectionId);
        return value == null ? null : value.toString();
    }

    private static boolean readOnly(WebDriver driver, long sectionId) {
        Object value = js(driver, "const a = document.getElementById('body-' + arguments[0]);"
                + " return a ? a.readonly === true : null;", sectionId);
        return Boolean.TRUE.equals(value);
    }

    private static long avatarCount(WebDriver d) {
        Object n = js(d, "const g = document.getElementById('presence'); return g && g.items ? g.items.length : 0;");
        return n instanceof Number num ? num.longValue() : 0;
    }

    /** Replaces the text of a section as a person would: click, select all, type. */
    private static void type(Browser browser, long sectionId, String text) {
        WebElement area = browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + sectionId + " textarea")));
        area.click();
        area.clear();
        area.sendKeys(text);
    }

    /** Types what {@code text} has beyond the section's current text at its end. */
    private static void append(Browser browser, long sectionId, String text) {
        WebElement area = browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#body-" + sectionId + " textarea")));
        String now = area.getDomProperty("value");
        assertThat(text).startsWith(now);
        area.click();
        js(browser.driver(), "arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);",
                area);
        area.sendKeys(text.substring(now.length()));
    }

    /**
     * True when the page shows this exact text as saved: the section's status says "Saved …" and the page's
     * unsaved-text guard (armed by typing, disarmed by the server's confirmation of this text) is off.
     */
    private static boolean acknowledgedNow(WebDriver driver, long sectionId, String text) {
        try {
            Object ok = js(driver, """
                    const id = String(arguments[0]);
                    const area = document.querySelector('#body-' + id + ' textarea');
                    const status = document.getElementById('status-' + id);
                    const unsaved = window.casebookUnsaved && window.casebookUnsaved.has('body-' + id);
                    return !!area && area.value === arguments[1] && !unsaved
                      && !!status && status.textContent.startsWith('Saved');""", sectionId, text);
            return Boolean.TRUE.equals(ok);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void waitAcknowledged(Browser browser, long sectionId, String text) {
        browser.waitUntil(Duration.ofSeconds(20), d -> acknowledgedNow(d, sectionId, text));
    }

    /**
     * Records every state of Vaadin's connection (connected, loading, reconnecting, connection-lost) in the tab's
     * session storage, so that the record survives the page being reloaded.
     */
    private static void recordConnectionStates(WebDriver driver) {
        js(driver, """
                sessionStorage.setItem('casebookStates', '');
                window.Vaadin.connectionState.addStateChangeListener((before, now) => sessionStorage.setItem(
                    'casebookStates', sessionStorage.getItem('casebookStates') + now + ','));""");
    }

    private static String connectionStates(WebDriver driver) {
        Object states = js(driver, "return sessionStorage.getItem('casebookStates') || '';");
        return String.valueOf(states);
    }

    /** Picks an item of a vaadin-select by its label, as a person would. */
    private static void choose(Browser browser, String selectId, String label) {
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
        WebElement item = browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-item[normalize-space()='" + label + "']")));
        item.click();
        browser.waitUntil(d -> {
            Object shown = js(d, "const s = document.getElementById(arguments[0]); return s ? s.innerText : '';",
                    selectId);
            return String.valueOf(shown).contains(label);
        });
    }

    private static long memberId(Browser browser, String name) {
        return browser.waitUntil(d -> {
            Object id = js(d, """
                    const row = Array.from(document.querySelectorAll('#member-list .member-row'))
                      .find(r => r.innerText.includes(arguments[0]));
                    return row ? row.id.replace('member-', '') : null;""", name);
            return id == null ? null : Long.valueOf(id.toString());
        });
    }

    /** The test's own database on the server of {@code CASEBOOK_TEST_MYSQL_URL}. */
    record Database(String server, String name, String user, String password) {

        private static final Pattern URL = Pattern.compile("(jdbc:mysql://[^/]+)/([A-Za-z0-9_]+).*");

        static Database besides(String url, String suffix) {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a jdbc:mysql://host:port/database URL: " + url);
            }
            Map<String, String> env = System.getenv();
            return new Database(m.group(1), m.group(2) + suffix, env.getOrDefault("CASEBOOK_TEST_MYSQL_USER", "root"),
                    env.getOrDefault("CASEBOOK_TEST_MYSQL_PASSWORD", ""));
        }

        String jdbcUrl() {
            return server + "/" + name + "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC";
        }

        void recreate() throws SQLException {
            try (Connection c = DriverManager.getConnection(server + "/", user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists `" + name + "`");
                s.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            }
        }

        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(server + "/", user, password);
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists `" + name + "`");
            }
        }

        int revisionsWithText(long sectionId, String text) throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), user, password);
                 PreparedStatement ps = c.prepareStatement(
                         "select count(*) from revision where section_id = ? and body = ?")) {
                ps.setLong(1, sectionId);
                ps.setString(2, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }
}
