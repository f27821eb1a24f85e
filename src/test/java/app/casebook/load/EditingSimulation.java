package app.casebook.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

/**
 * People writing their case studies: log in, the dashboard, open a case study, then type into a section of their
 * own in bursts (one autosave after each pause, as the editor's lazy text area sends it) and now and then read the
 * section's history; at the end back to the dashboard and log out. Everything through Vaadin's own protocol
 * ({@link VaadinUi}): each answer must carry the next {@code clientId} and a newer {@code syncId}, and no
 * resynchronization; an autosave counts only when the answer shows the section "Saved".
 *
 * <p>System properties (all optional): {@code load.url} (default {@code http://127.0.0.1:8080/}, loopback only),
 * {@code load.users} (people, default 50), {@code load.rampSeconds} (they arrive evenly over this time, default
 * 60), {@code load.steadySeconds} (everyone types until this long after the last one arrived, default 120),
 * {@code load.perCaseStudy} (people per case study, default 2), {@code load.clusterDir} (a
 * {@code docker/cluster/run-local} folder: its nodes' CPU and heap are measured), {@code load.label},
 * {@code load.dbUrl}, {@code load.dbUser}, {@code load.dbPassword} (the cluster's database, for the people),
 * {@code load.seedPeople} (when people are missing, make this many at once; default {@code load.users}).
 * The run ends by itself after ramp + steady + about a minute.
 */
public class EditingSimulation extends Simulation {

    private static final String URL = System.getProperty("load.url", "http://127.0.0.1:8080/");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int RAMP = Integer.getInteger("load.rampSeconds", 60);
    private static final int STEADY = Integer.getInteger("load.steadySeconds", 120);
    private static final int PER_CASE_STUDY = Integer.getInteger("load.perCaseStudy", 2);
    private static final String[] WORDS = ("we moved the checkout service to its own database and cut p95 latency "
            + "from 900 ms to 120 ms within two quarters while the team grew from 12 to 40 engineers and the "
            + "platform kept 99.95% availability through three Black Friday peaks").split(" ");

    private static final java.util.concurrent.atomic.AtomicInteger REPORTED_FAILURES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Set when the run starts (after the people are made): everyone types until then. */
    private volatile long endOfTyping = Long.MAX_VALUE;
    private NodeMonitor monitor;

    public EditingSimulation() throws Exception {
        String host = java.net.URI.create(URL).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("load.url must be on this machine (loopback), not " + URL);
        }
        List<LoadData.Person> people = LoadData.ensure(
                System.getProperty("load.dbUrl", "jdbc:mysql://127.0.0.1:3306/casebook_load?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"),
                System.getProperty("load.dbUser", "root"), System.getProperty("load.dbPassword", ""),
                USERS, Integer.getInteger("load.seedPeople", USERS), PER_CASE_STUDY);
        Iterator<Map<String, Object>> feeder = people.stream().map(LoadData.Person::asFeed).iterator();

        HttpProtocolBuilder protocol = http.baseUrl(URL)
                .acceptHeader("*/*")
                .acceptLanguageHeader("en-US,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Casebook load test (Gatling)")
                .disableFollowRedirect()
                .warmUp(URL + "readyz");

        ChainBuilder logIn = exec(http("login page").get("login")
                        .check(status().is(200))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exitHereIfFailed()
                .exec(init("login", "init login")).exitHereIfFailed()
                .exec(uidl("open login", (ui, session) -> new String[] {VaadinUi.load("login")}))
                .exec(http("log in").post("login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{email}")
                        .formParam("password", LoadData.PASSWORD)
                        .check(status().is(302))
                        .check(header("Location").not(URL + "login?error")));

        ChainBuilder dashboard = exec(http("dashboard page").get("").check(status().is(200)))
                .exec(init("", "init dashboard")).exitHereIfFailed()
                .exec(uidl("open dashboard", (ui, session) -> new String[] {VaadinUi.load("")}))
                .exec(confirm());

        ChainBuilder openCaseStudy = exec(uidl("open case study",
                        (ui, session) -> new String[] {VaadinUi.navigate("case-studies/" + session.getLong("caseStudyId"))}))
                .exec(confirm())
                .exec(uidl("focus section", (ui, session) -> new String[] {
                        VaadinUi.event(ui.node("body-" + session.getLong("sectionId")), "focus")}));

        // Typing for 3-8 s, then the pause after which the text area sends its value (autosave).
        ChainBuilder burst = pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                .exec(session -> session.set("text", session.getString("text") + " " + words(6)))
                .exec(uidl("autosave", (ui, session) -> VaadinUi.typed(ui.node("body-" + session.getLong("sectionId")),
                        session.getString("text")), "casebookUnsaved.delete"))
                .exec(confirm());

        // The browser's heartbeat of the open window, every 10 s (vaadin.heartbeat-interval), whatever the person
        // does; sent here between bursts once 10 s have passed since the last one.
        ChainBuilder heartbeat = doIf(session -> System.currentTimeMillis() - session.getLong("beat") >= 10_000L).then(
                exec(http("heartbeat").post(session -> ((VaadinUi) session.get("ui")).heartbeatPath())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(""))
                        .check(status().is(200)))
                        .exec(session -> session.set("beat", System.currentTimeMillis())));

        ChainBuilder readHistory = exec(uidl("section history", (ui, session) -> new String[] {
                        VaadinUi.click(ui.node("section-history-" + session.getLong("sectionId")))}))
                .exec(confirm());

        ChainBuilder leave = exec(uidl("back to dashboard", (ui, session) -> new String[] {VaadinUi.navigate("")}))
                .exec(confirm())
                .exec(uidl("log out", (ui, session) -> {
                    ui.expectLogout();
                    return new String[] {VaadinUi.click(ui.node("logout-button"))};
                }));

        ScenarioBuilder writing = scenario("writing")
                .feed(feeder)
                .exec(session -> session.set("text", "Written under load by " + session.getString("email") + ":"))
                // A person whose request failed stops there (the failure is counted once, not again for every
                // request after it, which would be out of step).
                .exec(logIn).exitHereIfFailed()
                .exec(dashboard).exitHereIfFailed()
                .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                .exec(openCaseStudy).exitHereIfFailed()
                .exec(session -> session.set("bursts", 0).set("beat", System.currentTimeMillis()))
                .exec(asLongAs(session -> System.currentTimeMillis() < endOfTyping).on(
                        exec(burst).exitHereIfFailed()
                                .exec(heartbeat).exitHereIfFailed()
                                .exec(session -> session.set("bursts", session.getInt("bursts") + 1))
                                .doIf(session -> session.getInt("bursts") % 5 == 0).then(readHistory)))
                .exec(leave);

        setUp(writing.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + STEADY + 150L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        endOfTyping = System.currentTimeMillis() + (RAMP + STEADY) * 1000L + 30_000L;
        String dir = System.getProperty("load.clusterDir");
        if (dir != null && !dir.isBlank()) {
            monitor = NodeMonitor.start(Path.of(dir), System.getProperty("load.label", "run"), USERS,
                    (RAMP + STEADY) * 1000L + 20_000L);
        }
    }

    @Override
    public void after() {
        if (monitor != null) {
            monitor.stop();
        }
    }

    private static String words(int n) {
        StringBuilder b = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    // --- Vaadin's protocol ---------------------------------------------------------------------------------------

    /** {@code GET ?v-r=init}: a new window (UI) for the page at {@code location}. */
    private static HttpRequestActionBuilder init(String location, String name) {
        return http(name).get("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                        + "&query=&v-tzid=UTC&v-tzo=0&v-dstd=0&v-curdate=" + System.currentTimeMillis())
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    VaadinUi ui = VaadinUi.fromInit(body);
                    return ui == null ? "no UI in the init answer" : "ok";
                }).is("ok"))
                .check(bodyString().saveAs("initAnswer"));
    }

    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, String[]> rpc) {
        return uidl(name, rpc, null);
    }

    /**
     * One message of the window's protocol; the answer must be in step ({@link VaadinUi#accept}) and, when
     * {@code mustContain} is given, contain it.
     */
    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, String[]> rpc, String mustContain) {
        return exec(session -> session.contains("initAnswer")
                        ? session.set("ui", VaadinUi.fromInit(session.getString("initAnswer"))).remove("initAnswer")
                        : session)
                .exec(http(name).post(session -> ((VaadinUi) session.get("ui")).uidlPath())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> {
                            VaadinUi ui = session.get("ui");
                            return ui.message(rpc.apply(ui, session));
                        }))
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> {
                            VaadinUi ui = session.get("ui");
                            String verdict = ui.accept(body);
                            if (verdict.equals("ok") && mustContain != null && !body.contains(mustContain)) {
                                verdict = "answer without " + mustContain;
                            }
                            if (!verdict.equals("ok") && REPORTED_FAILURES.incrementAndGet() <= 20) {
                                System.err.printf("[load] %s failed for %s: %s%n   answer: %s%n", name,
                                        session.getString("email"), verdict,
                                        body.length() > 600 ? body.substring(0, 600) + "…" : body);
                            }
                            return verdict;
                        }).is("ok")));
    }

    /** The grids' confirmations of the data they were sent, when the last answer asked for any. */
    private static ChainBuilder confirm() {
        return doIf(session -> ((VaadinUi) session.get("ui")).confirmationsPending()).then(
                uidl("confirm", (ui, session) -> ui.confirmations()));
    }
}
