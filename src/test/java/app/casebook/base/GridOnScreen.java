package app.casebook.base;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataChangeEvent;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a grid as a browser shows them. A browser keeps the rows it was sent until the server resets the
 * grid's data: new items, or {@code refreshAll()} on its data provider. Karibu's grid helpers read the data
 * provider afresh on every call, so on their own they cannot tell a grid that was never refreshed after a change.
 */
public final class GridOnScreen<T> {

    private static final int ROWS_SENT = 50;

    private final Grid<T> grid;
    private DataProvider<T, ?> provider;
    private Registration listener;
    private List<T> rows;
    private boolean reset;

    /** Looks at the grid now, as a browser does when the page shows it. */
    public GridOnScreen(Grid<T> grid) {
        this.grid = grid;
        rows();
    }

    public List<T> rows() {
        if (grid.getDataProvider() != provider) {
            if (listener != null) {
                listener.remove();
            }
            provider = grid.getDataProvider();
            listener = provider.addDataProviderListener(this::onDataChange);
            reset = true;
        }
        if (reset) {
            rows = new ArrayList<>(GridKt._fetch(grid, 0, ROWS_SENT));
            reset = false;
        }
        return List.copyOf(rows);
    }

    /** A row as its cells read on screen. */
    public List<String> row(int index) {
        List<T> shown = rows();
        if (index >= shown.size()) {
            throw new AssertionError("The grid shows " + shown.size() + " rows, not row " + index);
        }
        return GridKt._getFormattedRow(grid, shown.get(index));
    }

    private void onDataChange(DataChangeEvent<T> event) {
        if (event instanceof DataChangeEvent.DataRefreshEvent<T> refresh) {
            T item = refresh.getItem();
            rows.replaceAll(r -> Objects.equals(provider.getId(r), provider.getId(item)) ? item : r);
        } else {
            reset = true;
        }
    }
}
