package app.casebook.casestudy.ui;

import static app.casebook.db.Tables.CASE_STUDY;
import static app.casebook.db.Tables.SECTION;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.casebook.account.Account;
import app.casebook.base.KaribuTest;
import app.casebook.casestudy.Section;
import app.casebook.collaboration.InProcessCollaborationBus;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 5: when Redis comes back to a node, the node hands every open editor a
 * {@link app.casebook.collaboration.LiveResync} (see RedisCollaborationTest for when that happens), and the editor
 * reads again what it shows: changes whose live events it missed appear, no view stays stale.
 */
class EditorLiveResyncTest extends KaribuTest {

    @Autowired
    InProcessCollaborationBus localBus;

    @Test
    void an_open_editor_that_missed_events_shows_the_current_case_study_after_a_resync() {
        Account owner = newAccount("Rhea Resync");
        login(owner);
        long id = importSeed();
        Section context = section(id, "The Context");
        navigate(EditorView.path(id));
        H1 heading = _get(H1.class, spec -> spec.withId("case-study-title"));
        String shownTitle = heading.getText();
        assertThat(_find(TextArea.class, spec -> spec.withId("body-" + context.id()))).hasSize(1);

        // Changes made on another node while this node was cut off from Redis: no live event reaches this editor.
        db.update(CASE_STUDY).set(CASE_STUDY.TITLE, "Renamed while Redis was away").where(CASE_STUDY.ID.eq(id))
                .execute();
        db.update(SECTION).set(SECTION.DELETED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(SECTION.ID.eq(context.id())).execute();
        settle();
        assertThat(heading.getText()).as("without a resync the editor does not know").isEqualTo(shownTitle);

        localBus.resyncAll();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(_get(H1.class, spec -> spec.withId("case-study-title")).getText())
                    .isEqualTo("Renamed while Redis was away");
            assertThat(_find(TextArea.class, spec -> spec.withId("body-" + context.id()))).isEmpty();
        });
    }

    private static void settle() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MockVaadin.runUIQueue();
    }
}
