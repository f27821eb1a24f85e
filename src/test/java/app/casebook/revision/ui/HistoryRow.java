package app.casebook.revision.ui;

import app.casebook.revision.Revision;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A row of the history grid as it reads on screen: its one "revision" cell rendered from the grid's own template and
 * values (as Karibu renders a {@link LitRenderer}), read part by part: what changed on the first line, then who,
 * when and the word counts on the second ({@code meta}, "Casey Candidate · just now · +9 −39"), and the tooltip.
 */
public record HistoryRow(String what, String who, String when, String words, String meta, String tooltip) {

    /** The row at {@code index} as the grid's data provider has it now. */
    public static HistoryRow of(Grid<Revision> grid, int index) {
        return of(grid, GridKt._get(grid, index));
    }

    /** The row of {@code item} (for instance one of the rows a browser was sent: {@code GridOnScreen}). */
    @SuppressWarnings("unchecked")
    public static HistoryRow of(Grid<Revision> grid, Revision item) {
        Grid.Column<Revision> column = grid.getColumnByKey("revision");
        if (column == null || !(column.getRenderer() instanceof LitRenderer<?>)) {
            throw new AssertionError("The history grid has no \"revision\" column drawn by a LitRenderer");
        }
        LitRenderer<Revision> renderer = (LitRenderer<Revision>) column.getRenderer();
        String html = RenderersKt.renderLitTemplate(com.github.mvysny.kaributools.RenderersKt.getTemplate(renderer),
                renderer.getValueProviders(), item);
        Document cell = Jsoup.parseBodyFragment(html);
        return new HistoryRow(text(cell, "history-what"), text(cell, "history-who"), text(cell, "history-when"),
                text(cell, "history-words"), text(cell, "history-meta"),
                column.getTooltipGenerator() == null ? null : column.getTooltipGenerator().apply(item));
    }

    private static String text(Document cell, String className) {
        Element e = cell.getElementsByClass(className).first();
        if (e == null) {
            throw new AssertionError("No ." + className + " in the history cell: " + cell.body().html());
        }
        return e.text();
    }
}
