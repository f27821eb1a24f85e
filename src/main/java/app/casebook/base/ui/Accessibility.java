package app.casebook.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/** Small fixes that give Vaadin's components what screen readers (and axe-core) expect of them. */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Names the check-box column of a multi-select grid whose "select all" box is hidden, so that its header is not
     * an empty column header: the text is there for screen readers only.
     */
    public static void labelSelectionColumn(Grid<?> grid, String label) {
        grid.getElement().executeJs("""
                const column = this.querySelector('vaadin-grid-flow-selection-column');
                if (column) {
                  column.headerRenderer = root => {
                    root.innerHTML = '';
                    const s = document.createElement('span');
                    s.className = 'visually-hidden';
                    s.textContent = $0;
                    root.appendChild(s);
                  };
                }""", label);
    }

    /**
     * Once per window: Vaadin's tabs keep a focusable scroll container ({@code div tabindex="-1"}) inside their
     * {@code tablist}, which a tab list may not contain; it is only there for scrolling in one browser, so it is
     * removed from every tab strip as it appears (a
     * custom element's callbacks cannot be patched once it is defined, so a mutation observer looks for new ones).
     */
    static void fixTabLists(UI ui) {
        ui.getPage().executeJs("""
                if (!window.casebookTabsFix) {
                  window.casebookTabsFix = true;
                  const fix = el => Promise.resolve(el.updateComplete).then(() => {
                    const s = el.shadowRoot && el.shadowRoot.querySelector('#scroll');
                    if (s && s.hasAttribute('tabindex')) { s.removeAttribute('tabindex'); }
                  });
                  let queued = false;
                  const scan = () => {
                    if (queued) { return; }
                    queued = true;
                    requestAnimationFrame(() => {
                      queued = false;
                      document.querySelectorAll('vaadin-tabs').forEach(fix);
                    });
                  };
                  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
                  scan();
                }""");
    }
}
