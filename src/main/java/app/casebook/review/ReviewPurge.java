package app.casebook.review;

import app.casebook.casestudy.CaseStudyPurging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes a purged case study's versions, decisions and sign-offs, inside the purge's transaction. */
@Component
class ReviewPurge {

    private final ReviewRepository repository;

    ReviewPurge(ReviewRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(CaseStudyPurging e) {
        repository.purge(e.caseStudyId());
    }
}
