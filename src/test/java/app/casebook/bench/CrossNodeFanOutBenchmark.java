package app.casebook.bench;

import app.casebook.Application;
import app.casebook.account.Account;
import app.casebook.casestudy.CaseStudyService;
import app.casebook.casestudy.Section;
import app.casebook.casestudy.SectionSaved;
import app.casebook.collaboration.CollaborationBus;
import app.casebook.security.CasebookUser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14 target: cross-node fan-out. 50 people watch one case study, split 25/25 across two nodes that share the
 * MariaDB database and the Redis at 127.0.0.1:6379 (profiles {@code mysql,redis}); from the commit of a save on node
 * A to the moment the last watcher (on either node) has read the case study again, p95 at most 2× the single-node
 * figure of the same run (all 50 watchers on node A, its events also through Redis). Node A is this benchmark's
 * Spring context; node B a second Spring context of the whole application (its own pools, web server on a free
 * port, listener containers), started in the same JVM. A watcher does what {@link FanOutBenchmark}'s does: re-reads
 * with {@code CaseStudyService.get} under its own login on its node.
 */
@ActiveProfiles("redis")
@Import(FanOutBenchmark.CommitClock.class)
class CrossNodeFanOutBenchmark extends MariaDbBenchmark {

    private static final int WATCHERS = 50;
    private static final int WARMUP_SAVES = 40;
    private static final int SAVES = 200;
    private static final int ROUNDS = 3;
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext nodeA;
    @Autowired
    CollaborationBus busA;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;
    @Value("${spring.datasource.password:}")
    String dbPassword;

    private volatile Delivery current;

    private static final class Delivery {
        final CountDownLatch done;
        final AtomicLong last = new AtomicLong();

        Delivery(int watchers) {
            done = new CountDownLatch(watchers);
        }

        void finished() {
            last.accumulateAndGet(System.nanoTime(), Math::max);
            done.countDown();
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void a_save_on_one_node_reaches_50_watchers_on_two_nodes_within_twice_the_single_node_time() throws Exception {
        Report report = new Report("Issue 14: cross-node fan-out, 50 watchers on two nodes through Redis (MariaDB)");
        long started = System.nanoTime();
        nodeB = new SpringApplicationBuilder(Application.class)
                .profiles("mysql", "redis")
                // Command-line arguments: they win over the profiles' files, as the environment does in production.
                .run("--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + dbUser,
                        "--spring.datasource.password=" + dbPassword, "--spring.flyway.enabled=false",
                        "--casebook.demo-data=false", "--server.port=0", "--management.server.port=0",
                        "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379");
        report.info("node B started in %.1f s", (System.nanoTime() - started) / 1e9);
        CollaborationBus busB = nodeB.getBean(CollaborationBus.class);
        CaseStudyService caseStudiesB = nodeB.getBean(CaseStudyService.class);

        Account owner = newAccount("Owner");
        List<Account> watchers = new ArrayList<>();
        for (int i = 0; i < WATCHERS; i++) {
            watchers.add(newAccount("Watcher " + i));
        }
        signIn(nodeA, authentication(owner));
        long caseStudyId;
        try (InputStream in = new ClassPathResource("demo/platform-scaling-for-hypergrowth.txt").getInputStream()) {
            caseStudyId = caseStudies.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            signOut(nodeA);
        }
        for (int i = 0; i < watchers.size(); i++) {
            addMember(caseStudyId, watchers.get(i), i % 2 == 0 ? "REVIEWER" : "EDITOR", owner);
        }
        report.info("load average %s", Machine.loadAverage());

        // Alternated, so that neither set-up runs alone on a machine warmed up (or loaded) by the other; round 0
        // warms both nodes up (the JIT, the pools, Redis' connections) and is reported but not counted.
        List<Stats> single = new ArrayList<>();
        List<Stats> cross = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            String tag = round == 0 ? " (round 0, warm-up, not counted)" : " (round " + round + ")";
            Stats one = run(report, owner, caseStudyId, watchers, List.of(), busB, caseStudiesB,
                    "one node: 50 watchers on node A" + tag);
            Stats two = run(report, owner, caseStudyId, watchers.subList(0, WATCHERS / 2),
                    watchers.subList(WATCHERS / 2, WATCHERS), busB, caseStudiesB, "two nodes: 25 on A, 25 on B" + tag);
            if (round > 0) {
                single.add(one);
                cross.add(two);
            }
        }
        double singleP95 = Stats.median(single.stream().mapToDouble(s -> s.pMs(95)).toArray());
        double crossP95 = Stats.median(cross.stream().mapToDouble(s -> s.pMs(95)).toArray());
        report.target("two nodes p95 <= 2 x one node p95 (same run)", crossP95 <= 2 * singleP95,
                "one node p95 %s ms, two nodes p95 %s ms, ratio %.2f (medians of %d rounds)", Stats.ms(singleP95),
                Stats.ms(crossP95), crossP95 / singleP95, single.size());
        report.finish();
    }

    private Stats run(Report report, Account owner, long caseStudyId, List<Account> onA, List<Account> onB,
                      CollaborationBus busB, CaseStudyService caseStudiesB, String label) throws Exception {
        List<CollaborationBus.Subscription> subscriptions = new ArrayList<>();
        for (Account w : onA) {
            subscriptions.add(watch(nodeA, busA, caseStudies, caseStudyId, w));
        }
        for (Account w : onB) {
            subscriptions.add(watch(nodeB, busB, caseStudiesB, caseStudyId, w));
        }
        int watcherCount = onA.size() + onB.size();
        long[] all = new long[SAVES];
        signIn(nodeA, authentication(owner));
        try {
            List<Section> sections = caseStudies.get(caseStudyId).sections();
            long[] base = sections.stream().mapToLong(Section::revisionId).toArray();
            Prose.Editable[] texts = sections.stream().map(s -> new Prose.Editable(s.body()))
                    .toArray(Prose.Editable[]::new);
            for (int i = -WARMUP_SAVES; i < SAVES; i++) {
                int k = Math.floorMod(i, sections.size());
                Delivery d = new Delivery(watcherCount);
                current = d;
                base[k] = caseStudies.saveSectionText(sections.get(k).id(), base[k],
                        texts[k].withWord(i * 13, "change" + (i + WARMUP_SAVES) + label.length())).revisionId();
                long committedAt = FanOutBenchmark.COMMITTED_AT.get();
                if (!d.done.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("watchers did not all finish: " + d.done.getCount() + " left");
                }
                if (i >= 0) {
                    all[i] = d.last.get() - committedAt;
                }
                Thread.sleep(10);
            }
        } finally {
            signOut(nodeA);
            subscriptions.forEach(CollaborationBus.Subscription::close);
        }
        Stats s = new Stats(all);
        report.info("%s: commit -> all updated %s", label, s.summary());
        return s;
    }

    private CollaborationBus.Subscription watch(ApplicationContext node, CollaborationBus bus,
                                                CaseStudyService service, long caseStudyId, Account watcher) {
        Authentication auth = authentication(watcher);
        return bus.subscribe(caseStudyId, event -> {
            if (!(event instanceof SectionSaved)) {
                return;
            }
            Delivery d = current;
            signIn(node, auth);
            try {
                service.get(caseStudyId);
            } finally {
                signOut(node);
            }
            d.finished();
        });
    }

    /**
     * Logs in on one node's thread. Each context has its own security-context holder (Vaadin's, with a thread-local
     * of its own instance) and the static {@link SecurityContextHolder} points at the one started last, so the
     * node's own holder is set as well.
     */
    private static void signIn(ApplicationContext node, Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        node.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(h -> h.getContext().setAuthentication(auth));
    }

    private static void signOut(ApplicationContext node) {
        SecurityContextHolder.clearContext();
        node.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(SecurityContextHolderStrategy::clearContext);
    }

    private static Authentication authentication(Account a) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(a.id(), a.email(), a.displayName(), "", true, true, authorities);
        return new UsernamePasswordAuthenticationToken(user, null, authorities);
    }
}
