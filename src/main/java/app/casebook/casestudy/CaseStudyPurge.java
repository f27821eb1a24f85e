package app.casebook.casestudy;

import app.casebook.base.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes for good the case studies deleted more than {@value CaseStudyService#KEPT_DAYS} days ago (PRODUCT.md:
 * "restorable for 30 days"), every hour, each in a transaction of its own. Inside that transaction it first publishes
 * {@link CaseStudyPurging}, so that every feature deletes its own rows referring to the case study (comments,
 * versions, notifications…), then deletes the case study's own rows. On several nodes each node runs it; the row lock
 * makes a case study purged once. No person is logged in here: it is not a service method.
 */
@Configuration
@EnableScheduling
public class CaseStudyPurge {

    private static final Logger log = LoggerFactory.getLogger(CaseStudyPurge.class);
    private static final int BATCH = 100;

    private final CaseStudyRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    CaseStudyPurge(CaseStudyRepository repository, ApplicationEventPublisher events, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    /** The scheduled run: an hour apart, the first ten minutes after the start. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void scheduled() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            log.warn("Purging deleted case studies failed; trying again in an hour", e);
        }
    }

    /** Purges every case study deleted more than {@value CaseStudyService#KEPT_DAYS} days ago; returns how many. */
    public int purgeExpired() {
        LocalDateTime cutoff = Times.now(clock).minusDays(CaseStudyService.KEPT_DAYS);
        int purged = 0;
        List<Long> ids;
        do {
            ids = repository.deletedBefore(cutoff, BATCH);
            for (long id : ids) {
                if (Boolean.TRUE.equals(tx.execute(status -> purge(id, cutoff)))) {
                    purged++;
                }
            }
        } while (ids.size() == BATCH);
        if (purged > 0) {
            log.info("Purged {} case studies deleted more than {} days ago", purged, CaseStudyService.KEPT_DAYS);
        }
        return purged;
    }

    private boolean purge(long caseStudyId, LocalDateTime cutoff) {
        if (!repository.lockForPurge(caseStudyId, cutoff)) {
            return false;
        }
        events.publishEvent(new CaseStudyPurging(caseStudyId));
        repository.purge(caseStudyId);
        return true;
    }
}
