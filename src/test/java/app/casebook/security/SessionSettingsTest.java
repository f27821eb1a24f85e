package app.casebook.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.casebook.base.KaribuTest;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The idle timeout logs people out: 30 minutes, counted from the last real action. Vaadin must ignore the heartbeats
 * of an open tab for it (checked in a real browser: with close-idle-sessions off, a tab left open stayed logged in
 * past the timeout; with it on, the next page load showed the login form).
 */
class SessionSettingsTest extends KaribuTest {

    @Autowired
    private Environment environment;

    @Test
    void sessions_end_after_thirty_idle_minutes_even_with_a_tab_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void presence_reflects_reality_an_open_window_sends_a_heartbeat_every_ten_seconds() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().getHeartbeatInterval()).isEqualTo(10);
    }
}
