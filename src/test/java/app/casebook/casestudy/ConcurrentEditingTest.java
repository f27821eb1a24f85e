package app.casebook.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.SiteRole;
import app.casebook.revision.Revision;
import app.casebook.revision.RevisionService;
import app.casebook.security.CasebookUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many people save the same section at the same time, each from whatever text they last saw, while someone else
 * reorders and renames the other sections (changes that lock the case study before its sections, where a save
 * locks the section first). Every save that was acknowledged must be in the history, each acknowledged save is
 * exactly one revision, and no acknowledged text is overwritten unseen: what was saved or merged is still in the
 * final text (writers only insert words here). Runs on H2 ({@link ConcurrentEditingH2Test}) and on MySQL/MariaDB
 * ({@link ConcurrentEditingMySqlTest}), whose row locks and deadlock detection are the real thing.
 */
abstract class ConcurrentEditingTest {

    private static final int WRITERS = 8;
    private static final int SAVES_PER_WRITER = 25;

    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    RevisionService revisions;
    @Autowired
    AccountService accounts;

    private record Ack(String token, SaveResult result) {
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void concurrent_writers_on_one_section_never_lose_an_acknowledged_save() throws Exception {
        Account owner = accounts.create("owner-" + UUID.randomUUID() + "@example.test", "Owner", "a-long-password", SiteRole.USER);
        loginAs(owner);
        long caseStudyId = caseStudies.create("Concurrent", caseStudies.templates().getFirst().id());
        Section section = caseStudies.get(caseStudyId).sections().getFirst();
        long sectionId = section.id();
        String start = String.join(" ", Collections.nCopies(40, "word"));
        long baseline = caseStudies.saveSectionText(section.id(), section.revisionId(), start).revisionId();
        int revisionsBefore = revisions.count(caseStudyId, section.id());

        List<Section> others = caseStudies.get(caseStudyId).sections().subList(1, 4);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Integer> restructurer = pool.submit(() -> {
            loginAs(owner);
            go.await();
            int changes = 0;
            while (writing.get()) {
                Section other = others.get(changes % others.size());
                if (changes % 2 == 0) {
                    caseStudies.moveSection(other.id(), changes % 4 == 0 ? 1 : -1);
                } else {
                    caseStudies.renameSection(other.id(), other.heading() + " " + changes);
                }
                changes++;
            }
            return changes;
        });
        List<Future<List<Ack>>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                loginAs(owner);
                Random random = new Random(writer * 7919L);
                List<Ack> acks = new ArrayList<>();
                go.await();
                for (int i = 0; i < SAVES_PER_WRITER; i++) {
                    Section seen = section(caseStudyId, sectionId);
                    String token = "w" + writer + "s" + i;
                    List<String> words = new ArrayList<>(List.of(seen.body().split(" ")));
                    words.add(random.nextInt(words.size() + 1), token);
                    SaveResult result = caseStudies.saveSectionText(seen.id(), seen.revisionId(), String.join(" ", words));
                    acks.add(new Ack(token, result));
                }
                return acks;
            }));
        }
        go.countDown();
        List<Ack> acks = new ArrayList<>();
        try {
            for (Future<List<Ack>> f : futures) {
                acks.addAll(f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            writing.set(false);
        }
        int structuralChanges = restructurer.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        List<Revision> history = revisions.history(caseStudyId, section.id(), 0, 100);
        List<Revision> all = new ArrayList<>();
        for (int offset = 0; offset < revisions.count(caseStudyId, section.id()); offset += 100) {
            all.addAll(revisions.history(caseStudyId, section.id(), offset, 100));
        }
        String finalText = section(caseStudyId, sectionId).body();

        assertThat(acks).hasSize(WRITERS * SAVES_PER_WRITER);
        assertThat(all).hasSize(revisionsBefore + acks.size());
        for (Ack ack : acks) {
            long revisionId = ack.result() instanceof SaveResult.Conflict c ? c.conflictRevisionId() : ack.result().revisionId();
            Revision stored = all.stream().filter(r -> r.id() == revisionId).findFirst().orElseThrow(
                    () -> new AssertionError("acknowledged save " + ack.token() + " is not in the history"));
            assertThat(stored.body()).contains(ack.token());
            if (!(ack.result() instanceof SaveResult.Conflict)) {
                assertThat(finalText).as("text of acknowledged save %s survives", ack.token()).contains(ack.token());
            }
        }
        long conflicts = acks.stream().filter(a -> a.result() instanceof SaveResult.Conflict).count();
        long merges = acks.stream().filter(a -> a.result() instanceof SaveResult.Merged).count();
        assertThat(merges).as("concurrent saves were really merged").isPositive();
        assertThat(history.getFirst().id()).isGreaterThan(baseline);
        assertThat(structuralChanges).as("sections were reordered and renamed meanwhile").isPositive();
        System.out.printf("concurrent editing: %d saves, %d merged, %d conflicts, %d moves and renames meanwhile%n",
                acks.size(), merges, conflicts, structuralChanges);
    }

    private Section section(long caseStudyId, long sectionId) {
        return caseStudies.get(caseStudyId).sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow();
    }

    private static void loginAs(Account account) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = new CasebookUser(account.id(), account.email(), account.displayName(), "", true, true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}
