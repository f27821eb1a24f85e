package app.casebook.publish;

import app.casebook.casestudy.CaseStudyPurging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A purged case study's publications go with it (its links answered 404 since its deletion already). */
@Component
class PublicationPurge {

    private final PublicationRepository repository;

    PublicationPurge(PublicationRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(CaseStudyPurging e) {
        repository.deleteForCaseStudy(e.caseStudyId());
    }
}
