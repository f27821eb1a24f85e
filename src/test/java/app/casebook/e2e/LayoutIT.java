package app.casebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The layout in a real browser, at a laptop's 1366 × 900 and a phone's 390 × 844: the writing area's share of the
 * editor, no sideways scrolling, and axe-core's accessibility rules on every screen (no serious or critical
 * violation). Screenshots of the editor at both widths are kept in {@code target/e2e/} (CI keeps them).
 * Same application context as {@link LoginSmokeIT} (same properties); it changes no data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:login-smoke;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "casebook.demo-data=true"})
class LayoutIT {

    private static final String SEED_TITLE = "Platform Scaling for Hypergrowth";
    private static final Path EVIDENCE = Path.of("target", "e2e");

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void at_1366_px_the_text_area_takes_at_least_60_percent_of_the_editor_column_and_nothing_scrolls_sideways()
            throws IOException {
        resize(1366, 900);
        logIn("candidate@casebook.test");
        openSeed();
        Map<String, Number> widths = widths();
        assertThat(widths.get("text").doubleValue()).as("text area width %s", widths)
                .isGreaterThanOrEqualTo(0.6 * widths.get("column").doubleValue());
        assertThat(widths.get("page").intValue()).as("page width %s", widths).isLessThanOrEqualTo(1366);
        assertThat(cutOffInTopArea()).as("actions under the title at 1366 px").isEmpty();
        screenshot("editor-top-1366");

        // Every section has the same width of text area.
        List<Number> all = js().executeScript(
                "return [...document.querySelectorAll('#sections vaadin-text-area')].map(t => Math.round(t.getBoundingClientRect().width));")
                instanceof List<?> list ? list.stream().map(Number.class::cast).toList() : List.of();
        assertThat(all).hasSizeGreaterThan(1).allMatch(w -> w.intValue() == all.getFirst().intValue());

        // The side panel keeps its width after "Compare with previous" and never scrolls sideways.
        double sideBefore = number("return document.querySelector('.editor-side').getBoundingClientRect().width");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='history-grid']/vaadin-grid-cell-content[starts-with(normalize-space(), 'Created')]")))
                .click();
        WebElement compare = browser.waitUntil(ExpectedConditions.elementToBeClickable(
                By.id("compare-previous-button")));
        compare.click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("compare-meta")));
        double sideAfter = number("return document.querySelector('.editor-side').getBoundingClientRect().width");
        assertThat(sideAfter).isEqualTo(sideBefore);
        assertThat(number("const s = document.querySelector('.editor-side'); return s.scrollWidth - s.clientWidth;"))
                .isLessThanOrEqualTo(0);
        assertThat(sidewaysScrolling()).as("history with a comparison at 1366 px").isEmpty();
        // Beside the checkboxes, one "Revision" column takes the room, and every row reads whole: what changed,
        // then who, when and the word counts, below it.
        Map<String, Number> columns = historyColumns();
        assertThat(columns.get("revision").doubleValue()).as("history columns %s", columns)
                .isGreaterThanOrEqualTo(columns.get("grid").doubleValue() * 0.7);
        assertThat(unreadableHistoryRows()).as("history rows at 1366 px").isEmpty();

        screenshot("editor-1366");
        assertThat(Axe.seriousViolations(driver())).as("axe on the editor at 1366 px").isEmpty();
    }

    @Test
    void at_390_px_the_editor_takes_the_whole_width_and_the_text_area_is_at_least_300_px_wide() throws IOException {
        resize(390, 844);
        logIn("candidate@casebook.test");
        assertThat(number("return document.documentElement.scrollWidth")).as("dashboard width")
                .isLessThanOrEqualTo(390);
        removeDevTools();
        screenshot("dashboard-390");
        assertThat(Axe.seriousViolations(driver())).as("axe on the dashboard at 390 px").isEmpty();

        openSeed();
        Map<String, Number> widths = widths();
        assertThat(widths.get("text").intValue()).as("text area width %s", widths).isGreaterThanOrEqualTo(300);
        assertThat(widths.get("page").intValue()).as("page width %s", widths).isLessThanOrEqualTo(390);
        assertThat(number("return document.getElementById('logout-button').getBoundingClientRect().right"))
                .isLessThanOrEqualTo(390);
        assertThat(cutOffInTopArea()).as("actions under the title at 390 px").isEmpty();
        assertThat(sidewaysScrollersOnPage()).as("sideways scrolling of the editor at 390 px").isEmpty();
        screenshot("editor-top-390");
        js().executeScript("document.querySelector('#sections vaadin-text-area').scrollIntoView({block: 'center'})");
        screenshot("editor-390");
        assertThat(Axe.seriousViolations(driver())).as("axe on the editor at 390 px").isEmpty();
        for (String tab : List.of("history-tab", "people-tab", "activity-tab")) {
            js().executeScript("document.getElementById(arguments[0]).click()", tab);
            pause();
            assertThat(sidewaysScrolling()).as("%s at 390 px", tab).isEmpty();
            assertThat(number("return document.documentElement.scrollWidth")).as("page width, %s", tab)
                    .isLessThanOrEqualTo(390);
            if (!tab.equals("history-tab")) {   // the history's screenshot is taken below, its rows in view
                // each tab's own screenshot, taken while it is the one selected
                js().executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", tab);
                pause();
                screenshot("editor-" + tab.replace("-tab", "") + "-390");
            }
        }

        js().executeScript("document.getElementById('history-tab').click()");
        pause();
        js().executeScript("document.getElementById('history-grid').scrollIntoView({block: 'start'})");
        pause();
        assertThat(unreadableHistoryRows()).as("history rows at 390 px").isEmpty();
        // The pointer off the rows, so that no row's tooltip hides the next one on the screenshot.
        new Actions(driver()).moveToElement(driver().findElement(By.id("history-count"))).perform();
        pause();
        screenshot("editor-history-390");
    }

    @Test
    void every_screen_has_one_main_landmark_one_h1_and_no_serious_accessibility_violation() throws IOException {
        resize(1366, 900);
        List<String> problems = new ArrayList<>();
        driver().get(url("login"));
        browser.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")));
        check("login", problems);
        logIn("candidate@casebook.test");
        check("dashboard", problems);
        openSeed();
        check("editor", problems);
        for (String tab : List.of("people-tab", "activity-tab")) {
            driver().findElement(By.id(tab)).click();
            pause();
            check("editor, " + tab, problems);
            assertThat(number("const s = document.querySelector('.editor-side'); return s.scrollWidth - s.clientWidth;"))
                    .as("sideways overflow of %s", tab).isLessThanOrEqualTo(0);
            assertThat(sidewaysScrolling()).as("%s at 1366 px", tab).isEmpty();
            screenshot("editor-" + tab.replace("-tab", "") + "-1366");
        }
        driver().findElement(By.id("shortcuts-button")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("shortcuts-dialog")));
        pause();
        check("shortcuts help", problems);
        driver().get(url("account"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        check("account", problems);
        driver().get(url("case-studies/999999"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        check("not found", problems);
        driver().manage().deleteAllCookies();
        logIn("admin@casebook.test");
        driver().get(url("admin"));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("accounts-grid")));
        check("admin", problems);
        assertThat(problems).isEmpty();
    }

    private void check(String screen, List<String> problems) {
        removeDevTools();
        long mains = (long) number("return document.querySelectorAll('main, [role=main]').length");
        long h1s = (long) number("return document.querySelectorAll('h1').length");
        if (mains != 1) {
            problems.add(screen + ": " + mains + " main landmarks");
        }
        if (h1s != 1) {
            problems.add(screen + ": " + h1s + " h1 headings");
        }
        Axe.seriousViolations(driver()).forEach(v -> problems.add(screen + ": " + v));
    }

    /**
     * What scrolls sideways in the side panel: the panel itself and the tab sheet's content scroller (whether or
     * not they show a scrollbar), and anything inside them (shadow roots included) whose content is wider than its box
     * and that shows a scrollbar for it (overflow-x auto or scroll). Each as "element scrollWidth>clientWidth".
     */
    private List<String> sidewaysScrolling() {
        Object found = js().executeScript("""
                const out = [];
                const name = e => (e.id ? '#' + e.id : e.localName) + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const check = (e, always) => {
                    const style = getComputedStyle(e);
                    const x = style.overflowX;
                    // A strip that scrolls with buttons and shows no scrollbar (the tabs) is meant to.
                    if (style.scrollbarWidth === 'none' || e.getAttribute('part') === 'tabs') return;
                    if ((always || x === 'auto' || x === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                        const right = e.getBoundingClientRect().left + e.clientWidth;
                        const slotted = [...e.querySelectorAll('slot')].flatMap(s => s.assignedElements());
                        const wide = [...e.querySelectorAll('*'), ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : []),
                                ...slotted, ...slotted.flatMap(c => [...c.querySelectorAll('*')])]
                                .filter(c => c.getBoundingClientRect().right > right + 1).slice(0, 6)
                                .map(c => name(c) + '(' + Math.round(c.getBoundingClientRect().left) + '..' + Math.round(c.getBoundingClientRect().right) + ')');
                        const kids = [...e.children, ...[...e.querySelectorAll('slot'), ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('slot') : [])]
                                .flatMap(s => s.assignedElements())].map(c => name(c) + '(' + Math.round(c.getBoundingClientRect().width) + ')').slice(0, 4);
                        out.push(name(e) + ' ' + e.scrollWidth + '>' + e.clientWidth + (wide.length ? ' by ' + wide.join(', ') : '')
                                + ' [' + x + ' pad ' + style.paddingLeft + '/' + style.paddingRight + ' gutter ' + style.scrollbarGutter
                                + ' w ' + Math.round(e.getBoundingClientRect().width) + ' kids ' + kids.join(', ') + ']');
                    }
                };
                const visit = root => {
                    for (const e of root.querySelectorAll('*')) {
                        if (e.offsetParent === null && getComputedStyle(e).position !== 'fixed') continue;
                        check(e, false);
                        if (e.shadowRoot) visit(e.shadowRoot);
                    }
                };
                const side = document.querySelector('.editor-side');
                check(side, true);
                const sheet = document.getElementById('editor-panels');
                const content = sheet && sheet.shadowRoot && sheet.shadowRoot.querySelector('[part~="content"]');
                // The tab sheet's content scroller: its content never wider than its box, whether it would show a
                // scrollbar for it (the 16 px one it had on People) or clip it.
                if (content) check(content, true);
                visit(side);
                return out;""");
        return found instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * What is cut off in the editor's top area (the title row and the actions under it): a button whose label is
     * wider than its box ("Dele…"), any action whose content is wider than its box, and any action that reaches
     * past the editor column or the window. Each as "id-or-text: why".
     */
    private List<String> cutOffInTopArea() {
        Object found = js().executeScript("""
                const out = [];
                const column = document.querySelector('.editor-main').getBoundingClientRect();
                const right = Math.min(column.right, window.innerWidth);
                const name = e => e.id || e.localName + ' "' + e.textContent.trim().slice(0, 30) + '"';
                const items = [...document.querySelectorAll('#editor-actions > *, .editor-title-row > *,'
                        + ' #editor-actions vaadin-button, .editor-title-row vaadin-button')];
                if (items.length === 0) out.push('no actions found');
                for (const e of items) {
                    if (e.offsetParent === null) continue;
                    const r = e.getBoundingClientRect();
                    if (r.right > right + 1 || r.left < column.left - 1) {
                        out.push(name(e) + ': ' + Math.round(r.left) + '..' + Math.round(r.right)
                                + ' outside the column ' + Math.round(column.left) + '..' + Math.round(right));
                    }
                    if (e.scrollWidth > e.clientWidth + 1) {
                        out.push(name(e) + ': content ' + e.scrollWidth + ' > box ' + e.clientWidth);
                    }
                    const label = e.shadowRoot && e.shadowRoot.querySelector('[part~="label"]');
                    if (label && label.scrollWidth > label.clientWidth + 1) {
                        out.push(name(e) + ': label ' + label.scrollWidth + ' > ' + label.clientWidth);
                    }
                }
                const row = document.getElementById('editor-actions');
                if (row && row.scrollWidth > row.clientWidth + 1) {
                    out.push('editor-actions: ' + row.scrollWidth + ' > ' + row.clientWidth);
                }
                return out;""");
        return found instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * Every element of the page (shadow roots included) that shows a sideways scrollbar: overflow-x auto or scroll
     * and content wider than its box. Strips meant to scroll without a scrollbar (the tabs) are left out.
     */
    private List<String> sidewaysScrollersOnPage() {
        Object found = js().executeScript("""
                const out = [];
                const visit = root => {
                    for (const e of root.querySelectorAll('*')) {
                        if (e.offsetParent === null && getComputedStyle(e).position !== 'fixed') continue;
                        const style = getComputedStyle(e);
                        if (style.scrollbarWidth !== 'none' && e.getAttribute('part') !== 'tabs'
                                && (style.overflowX === 'auto' || style.overflowX === 'scroll')
                                && e.scrollWidth > e.clientWidth + 1) {
                            out.push((e.id ? '#' + e.id : e.localName) + (e.getAttribute('part') ? '[part='
                                    + e.getAttribute('part') + ']' : '') + ' ' + e.scrollWidth + '>' + e.clientWidth);
                        }
                        if (e.shadowRoot) visit(e.shadowRoot);
                    }
                };
                visit(document);
                return out;""");
        return found instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Widths of the history grid and of its "Revision" column's header cell, in px. */
    private Map<String, Number> historyColumns() {
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) js().executeScript("""
                const grid = document.getElementById('history-grid');
                const width = text => {
                    const c = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(e => e.textContent.trim() === text);
                    return c ? Math.round(c.assignedSlot.parentElement.getBoundingClientRect().width) : 0;
                };
                return { grid: Math.round(grid.getBoundingClientRect().width), revision: width('Revision') };""");
        return m;
    }

    /**
     * The history rows on screen that do not read whole: a row without its two lines, a "what" cut although it is
     * short (up to 40 characters fit two lines in any width the panel takes), a second line (who · when · words) cut
     * or overflowing its cell, or the two lines not one under the other. With no row shown at all, it says so.
     */
    private List<String> unreadableHistoryRows() {
        Object found = js().executeScript("""
                const out = [];
                const rows = [...document.querySelectorAll('#history-grid .history-row')]
                    .filter(r => r.offsetParent !== null);
                if (rows.length === 0) return ['no history rows shown'];
                for (const row of rows) {
                    const what = row.querySelector('.history-what'), meta = row.querySelector('.history-meta');
                    if (!what || !meta || !what.textContent.trim() || !meta.textContent.trim()) {
                        out.push('row without its two lines: ' + row.textContent); continue;
                    }
                    const cell = row.parentElement.getBoundingClientRect();
                    const w = what.getBoundingClientRect(), m = meta.getBoundingClientRect();
                    const name = what.textContent.trim();
                    if (name.length <= 40 && what.scrollHeight > what.clientHeight + 1)
                        out.push('what cut: ' + name + ' ' + what.scrollHeight + '>' + what.clientHeight);
                    if (meta.scrollWidth > meta.clientWidth + 1 || m.right > cell.right + 1 || w.right > cell.right + 1)
                        out.push('wider than its cell: ' + row.textContent + ' ' + Math.round(m.right) + '>' + Math.round(cell.right));
                    if (m.top < w.bottom - 1) out.push('lines not one under the other: ' + row.textContent);
                }
                return out;""");
        return found instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private Map<String, Number> widths() {
        @SuppressWarnings("unchecked")
        Map<String, Number> m = (Map<String, Number>) js().executeScript("""
                const w = s => Math.round(document.querySelector(s).getBoundingClientRect().width);
                return { text: w('#sections vaadin-text-area'), column: w('.editor-main'),
                         page: document.documentElement.scrollWidth, window: window.innerWidth };""");
        return m;
    }

    private void openSeed() {
        WebElement link = browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='case-studies']//a[normalize-space()='" + SEED_TITLE + "']")));
        link.click();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("case-study-title"), SEED_TITLE));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sections vaadin-text-area")));
        pause();
        removeDevTools();
    }

    private void logIn(String email) {
        driver().get(url("login"));
        WebElement username = browser.waitUntil(Duration.ofSeconds(90), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form#login-form input[name='username']")));
        username.sendKeys(email);
        driver().findElement(By.cssSelector("vaadin-login-form#login-form input[name='password']"))
                .sendKeys("casebook-demo");
        driver().findElement(By.cssSelector("vaadin-login-form#login-form vaadin-button[slot='submit']")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/login"));
        pause();
    }

    /** Sets the page's viewport (not the window's outer size) to width × height. */
    private void resize(int width, int height) {
        WebDriver d = driver();
        d.manage().window().setSize(new Dimension(width, height));
        int innerW = (int) number("return window.innerWidth");
        int innerH = (int) number("return window.innerHeight");
        d.manage().window().setSize(new Dimension(2 * width - innerW, 2 * height - innerH));
        assertThat((int) number("return window.innerWidth")).isEqualTo(width);
    }

    private void removeDevTools() {
        js().executeScript("document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.remove());");
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(EVIDENCE);
        Path shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, EVIDENCE.resolve("layout-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void pause() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double number(String script) {
        Object value = js().executeScript(script);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
