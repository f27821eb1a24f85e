package app.casebook;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
// Lumo's dark variant when the system asks for it (prefers-color-scheme); Page.setColorScheme overrides it per window.
@ColorScheme(ColorScheme.Value.SYSTEM)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        developmentTools(System.getenv("CASEBOOK_DEV_TOOLS"));
        SpringApplication.run(Application.class, args);
    }

    /**
     * Vaadin's development tools and Copilot (development mode only) cover the top-right corner where "Log out" is
     * and fill the log with their own messages, so they are off unless {@code CASEBOOK_DEV_TOOLS=true}. Copilot
     * reads its switch as a system property, hence here and not only in application.yml. A system property given on
     * the command line wins.
     */
    static void developmentTools(String wanted) {
        String on = String.valueOf(Boolean.parseBoolean(wanted));
        for (String property : new String[] {"vaadin.copilot.enable", "vaadin.devmode.devTools.enabled"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, on);
            }
        }
    }
}
