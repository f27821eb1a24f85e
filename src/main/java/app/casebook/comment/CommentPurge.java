package app.casebook.comment;

import app.casebook.casestudy.CaseStudyPurging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Removes the comment rows of a case study that is purged, inside the purge's transaction. */
@Component
class CommentPurge {

    private final CommentRepository repository;

    CommentPurge(CommentRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(CaseStudyPurging event) {
        repository.deleteAll(event.caseStudyId());
    }
}
