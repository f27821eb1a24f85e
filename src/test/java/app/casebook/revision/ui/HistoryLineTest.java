package app.casebook.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.casestudy.RevisionField;
import app.casebook.casestudy.RevisionKind;
import app.casebook.revision.Revision;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a history line names what a revision did (PRODUCT.md: history says who did what). */
class HistoryLineTest {

    private static Revision revision(RevisionKind kind, String suggestedBy) {
        return new Revision(1, 1, 2L, RevisionField.BODY, kind, 3, "Casey Candidate", Instant.EPOCH, "The Outcome",
                "text", 1, 1, suggestedBy);
    }

    @Test
    void an_applied_suggestion_says_who_suggested_it_and_who_applied_it() {
        assertThat(HistoryPanel.what(revision(RevisionKind.SUGGESTION, "Riley Reviewer")))
                .isEqualTo("The Outcome (suggestion by Riley Reviewer, applied by Casey Candidate)");
    }

    @Test
    void a_suggestion_by_someone_whose_account_is_gone_still_reads() {
        assertThat(HistoryPanel.what(revision(RevisionKind.SUGGESTION, null)))
                .isEqualTo("The Outcome (suggestion by a former member, applied by Casey Candidate)");
    }

    @Test
    void a_plain_edit_names_only_the_section() {
        assertThat(HistoryPanel.what(revision(RevisionKind.EDIT, null))).isEqualTo("The Outcome");
    }

    @Test
    void a_row_shows_the_word_counts_and_its_tooltip_has_it_all_with_the_exact_time_and_zone() {
        Revision r = revision(RevisionKind.EDIT, null);
        assertThat(HistoryPanel.words(r)).isEqualTo("+1 −1");
        assertThat(HistoryPanel.tooltip(r)).isEqualTo("The Outcome — Casey Candidate · "
                + app.casebook.base.ui.Format.exact(Instant.EPOCH) + " · "
                + app.casebook.base.ui.Format.when(Instant.EPOCH) + " · 1 words added, 1 removed");
    }
}
