package app.casebook.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0, vendored unchanged in {@code src/test/resources/axe/}) run on the page a browser shows:
 * the accessibility violations of impact "serious" or "critical". Nothing is downloaded: the script is injected from
 * the test class path. Vaadin's development tools (present in development mode only) are left out.
 */
final class Axe {

    private static String source;

    private Axe() {
    }

    /** One line per serious or critical violation: rule, impact, help and up to five elements. Empty when none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({ exclude: [['vaadin-dev-tools']] }, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));""");
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
                .toList();
    }

    private static synchronized String script() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js is missing from the test class path");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
