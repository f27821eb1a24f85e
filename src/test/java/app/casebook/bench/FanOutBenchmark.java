package app.casebook.bench;

import app.casebook.account.Account;
import app.casebook.casestudy.Section;
import app.casebook.collaboration.CollaborationBus;
import app.casebook.casestudy.SectionSaved;
import app.casebook.casestudy.PresenceService;
import app.casebook.revision.RevisionService;
import app.casebook.security.CasebookUser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Target 5: 50 people watch one case study; from the commit of a save to the moment the last of them has read the
 * case study again takes under 250 ms at the 95th percentile, on one node. A watcher is a subscriber on the
 * CollaborationBus that does what an open EditorView does on the event, under its own login. The clock starts in
 * the save's commit ({@link CommitClock}, the first after-commit step of the transaction). Baseline in the same run:
 * one watcher.
 */
@Import(FanOutBenchmark.CommitClock.class)
class FanOutBenchmark extends MariaDbBenchmark {

    /** When the last save committed: its first after-commit step, before the live relay hands the event on. */
    static final AtomicLong COMMITTED_AT = new AtomicLong();

    @TestConfiguration(proxyBeanMethods = false)
    static class CommitClock {

        @EventListener
        void on(SectionSaved saved) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    COMMITTED_AT.set(System.nanoTime());
                }

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }
            });
        }
    }

    private static final int WATCHERS = 50;
    private static final int WARMUP_SAVES = 40;
    private static final int SAVES = 200;

    @Autowired
    CollaborationBus bus;
    @Autowired
    RevisionService revisions;
    @Autowired
    PresenceService presence;

    /** One save's delivery: when the event was sent and when each watcher had finished. */
    private static final class Delivery {
        final CountDownLatch done;
        final AtomicLong sentAt = new AtomicLong();
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong();

        Delivery(int watchers) {
            done = new CountDownLatch(watchers);
        }

        void finished() {
            long now = System.nanoTime();
            sentAt.set(COMMITTED_AT.get());
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
            done.countDown();
        }
    }

    private volatile Delivery current;

    @Test
    void an_update_reaches_50_watchers_within_250_ms() throws Exception {
        Report report = new Report("Target 5: fan-out of a save to 50 watchers of one case study (MariaDB, one node)");
        Account owner = newAccount("Owner");
        List<Account> watchers = new ArrayList<>();
        for (int i = 0; i < WATCHERS; i++) {
            watchers.add(newAccount("Watcher " + i));
        }
        loginAs(owner);
        long caseStudyId;
        List<Section> sections;
        try (InputStream in = new ClassPathResource("demo/platform-scaling-for-hypergrowth.txt").getInputStream()) {
            caseStudyId = caseStudies.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            sections = caseStudies.get(caseStudyId).sections();
        } finally {
            logout();
        }
        for (int i = 0; i < watchers.size(); i++) {
            addMember(caseStudyId, watchers.get(i), i % 2 == 0 ? "REVIEWER" : "EDITOR", owner);
        }
        report.info("case study: the seed (%d sections), %d members besides the owner; load average %s",
                sections.size(), watchers.size(), Machine.loadAverage());

        LongConsumer readCaseStudy = id -> caseStudies.get(id);
        LongConsumer reloadLikeEditorView = id -> {
            caseStudies.get(id);
            revisions.count(id, null);
            revisions.history(id, null, 0, 50);
            presence.present(id);
        };
        List<String> figures = new ArrayList<>();
        Stats one = run(report, owner, caseStudyId, watchers.subList(0, 1), readCaseStudy,
                "1 watcher, re-read with CaseStudyService.get (baseline)");
        Stats fifty = run(report, owner, caseStudyId, watchers, readCaseStudy,
                "50 watchers, re-read with CaseStudyService.get");
        Stats fiftyFull = run(report, owner, caseStudyId, watchers, reloadLikeEditorView,
                "50 watchers, everything EditorView.reload reads (get, history count + page, presence)");
        report.info("ratio 50 watchers / 1 watcher at p95: %.1f", fifty.pMs(95) / one.pMs(95));
        report.target("all 50 updated p95 < 250 ms (re-read with get)", fifty.pMs(95) < 250,
                "p50 %s ms, p95 %s ms, p99 %s ms", Stats.ms(fifty.pMs(50)), Stats.ms(fifty.pMs(95)),
                Stats.ms(fifty.pMs(99)));
        report.info("with everything EditorView.reload reads: p50 %s ms, p95 %s ms, p99 %s ms (%s)",
                Stats.ms(fiftyFull.pMs(50)), Stats.ms(fiftyFull.pMs(95)), Stats.ms(fiftyFull.pMs(99)),
                fiftyFull.pMs(95) < 250 ? "also under 250 ms" : "over 250 ms");
        report.finish();
    }

    private Stats run(Report report, Account owner, long caseStudyId, List<Account> watchers, LongConsumer reread,
                      String label) throws Exception {
        List<CollaborationBus.Subscription> subscriptions = new ArrayList<>();
        for (Account w : watchers) {
            Authentication auth = authentication(w);
            subscriptions.add(bus.subscribe(caseStudyId, event -> {
                if (!(event instanceof SectionSaved)) {
                    return;
                }
                Delivery d = current;
                SecurityContextHolder.getContext().setAuthentication(auth);
                try {
                    reread.accept(caseStudyId);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                d.finished();
            }));
        }
        long[] all = new long[SAVES];
        long[] first = new long[SAVES];
        long[] save = new long[SAVES];
        loginAs(owner);
        try {
            List<Section> sections = caseStudies.get(caseStudyId).sections();
            long[] base = sections.stream().mapToLong(Section::revisionId).toArray();
            Prose.Editable[] texts = sections.stream().map(s -> new Prose.Editable(s.body())).toArray(Prose.Editable[]::new);
            for (int i = -WARMUP_SAVES; i < SAVES; i++) {
                int k = Math.floorMod(i, sections.size());
                Delivery d = new Delivery(watchers.size());
                current = d;
                long t0 = System.nanoTime();
                base[k] = caseStudies.saveSectionText(sections.get(k).id(), base[k],
                        texts[k].withWord(i * 13, "change" + (i + WARMUP_SAVES) + label.length())).revisionId();
                long t1 = System.nanoTime();
                if (!d.done.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("watchers did not all finish: " + d.done.getCount() + " left");
                }
                if (i >= 0) {
                    all[i] = d.last.get() - d.sentAt.get();
                    first[i] = d.first.get() - d.sentAt.get();
                    save[i] = t1 - t0;
                }
                Thread.sleep(10);
            }
        } finally {
            logout();
            subscriptions.forEach(CollaborationBus.Subscription::close);
        }
        Stats s = new Stats(all);
        report.info("%s: commit -> all updated %s", label, s.summary());
        report.info("%s: commit -> first updated p50 %s ms; save call p50 %s ms", label,
                Stats.ms(new Stats(first).pMs(50)), Stats.ms(new Stats(save).pMs(50)));
        return s;
    }

    private static Authentication authentication(Account a) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(a.id(), a.email(), a.displayName(), "", true, true, authorities);
        return new UsernamePasswordAuthenticationToken(user, null, authorities);
    }
}
