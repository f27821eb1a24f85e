package app.casebook.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.account.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The test login behaves as a real one for work that runs on another thread: a live event's {@code UI.access} task
 * that finds the session unlocked runs on the bus's thread, where only the login kept in the HTTP session is there
 * (as in production). Without it, such a task failed now and then in the Karibu tests.
 */
class KaribuLoginTest extends KaribuTest {

    @Test
    void an_access_task_on_another_thread_runs_as_the_logged_in_person() throws Exception {
        Account casey = newAccount("Casey Candidate");
        login(casey);
        long id = importSeed();
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        AtomicReference<Object> result = new AtomicReference<>();
        session.unlock();   // as between two requests: the bus's thread takes the lock and runs the task itself
        try {
            Thread bus = Thread.ofVirtual().start(() -> ui.access(() -> {
                try {
                    result.set(caseStudies.get(id).caseStudy().title());
                } catch (RuntimeException e) {
                    result.set(e);
                }
            }));
            bus.join();
        } finally {
            session.lock();
        }
        assertThat(result.get()).isEqualTo("Platform Scaling for Hypergrowth");
    }
}
