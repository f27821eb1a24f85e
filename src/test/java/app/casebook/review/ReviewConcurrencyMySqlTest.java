package app.casebook.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import app.casebook.activity.ActivityEntry;
import app.casebook.activity.ActivityService;
import app.casebook.activity.ActivityType;
import app.casebook.base.Fixtures;
import app.casebook.base.InvalidInputException;
import app.casebook.base.MySqlTest;
import app.casebook.casestudy.CaseStudyService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two required reviewers decide at the same moment as the owner withdraws, round after round with random decisions
 * (MariaDB's row locks and deadlock detection are the real thing): the version always ends in a state the workflow
 * allows for the decisions stored, every call either succeeded or was refused with a message, and every decision
 * that was stored is in the activity log.
 */
@MySqlTest
class ReviewConcurrencyMySqlTest {

    private static final int ROUNDS = 12;

    @Autowired
    ReviewService reviews;
    @Autowired
    CaseStudyService caseStudies;
    @Autowired
    ActivityService activity;
    @Autowired
    Fixtures fixtures;

    @Test
    void two_reviewers_deciding_while_the_owner_withdraws_always_leave_one_consistent_state() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ReviewFixture f = ReviewFixture.create(fixtures, caseStudies);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long versionId = Fixtures.as(f.owner(), () -> reviews.submit(f.caseStudyId(), "Round",
                        List.of(f.reviewer1().id(), f.reviewer2().id()), false));
                boolean firstApproves = random.nextInt(4) > 0;
                boolean secondApproves = random.nextInt(4) > 0;
                boolean ownerWithdraws = random.nextInt(3) > 0;
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<Boolean>> calls = new ArrayList<>();
                calls.add(pool.submit(call(start, f.reviewer1(), () -> decide(versionId, firstApproves))));
                calls.add(pool.submit(call(start, f.reviewer2(), () -> decide(versionId, secondApproves))));
                calls.add(pool.submit(call(start, f.owner(), () -> {
                    if (ownerWithdraws) {
                        reviews.withdraw(versionId);
                    }
                })));
                for (Future<Boolean> c : calls) {
                    c.get(60, TimeUnit.SECONDS);
                }

                Version v = Fixtures.as(f.owner(), () -> reviews.version(versionId));
                Map<Long, ReviewDecision> decisions = new HashMap<>();
                v.reviewers().stream().filter(r -> r.decision() != null)
                        .forEach(r -> decisions.put(r.reviewerId(), r.decision()));
                assertThat(ReviewWorkflow.consistent(v.status(),
                        v.reviewers().stream().map(ReviewerDecision::reviewerId).toList(), decisions))
                        .as("seed %d, round %d: %s with %s", seed, round, v.status(), decisions).isTrue();
                if (v.status() == VersionStatus.IN_REVIEW) {
                    Fixtures.as(f.owner(), () -> reviews.withdraw(versionId));
                }
            }
            List<ActivityEntry> log = Fixtures.as(f.owner(), () -> activity.page(f.caseStudyId(), 0, 100));
            for (Version v : Fixtures.as(f.owner(), () -> reviews.versions(f.caseStudyId()))) {
                for (ReviewerDecision d : v.reviewers()) {
                    if (d.decision() != null) {
                        ActivityType type = d.decision() == ReviewDecision.APPROVED ? ActivityType.REVIEW_APPROVED
                                : ActivityType.REVIEW_CHANGES_REQUESTED;
                        assertThat(log).as("seed %d: the decision of %s on v%d", seed, d.name(), v.number())
                                .anyMatch(e -> e.type() == type && e.actorId() == d.reviewerId()
                                        && e.detail().contains("v" + v.number()));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void decide(long versionId, boolean approve) {
        if (approve) {
            reviews.approve(versionId, "");
        } else {
            reviews.requestChanges(versionId, "Needs work.");
        }
    }

    /** Runs {@code action} as {@code who} once all three are ready; true when it succeeded, false when refused. */
    private static Callable<Boolean> call(CyclicBarrier start, Account who, Runnable action) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            try {
                Fixtures.as(who, action);
                return true;
            } catch (InvalidInputException refused) {
                return false;
            }
        };
    }
}
