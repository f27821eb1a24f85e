package app.casebook.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The keyboard shortcuts of one browser window, and the help dialog that lists them (opened with {@code ?} outside a
 * text field, or the top bar's keyboard button). Features add theirs with {@link #add}: a shortcut is active, and
 * listed, while the component that owns it is on the page. Keys use Ctrl+Alt with a letter or an arrow, which
 * browsers and text fields leave alone, so they work while typing.
 */
public final class KeyboardShortcuts {

    /** What the help dialog says about {@code ?} itself. */
    public static final String HELP_KEYS = "?";

    private final UI ui;
    private final List<Entry> entries = new ArrayList<>();
    private Dialog dialog;

    /** One shortcut as the help dialog shows it. */
    public record Entry(String keys, String description, Component owner) {
    }

    private KeyboardShortcuts(UI ui) {
        this.ui = ui;
        ui.getElement().addEventListener("casebook-help", e -> openHelp());
        ui.getPage().executeJs("""
                if (!window.casebookHelpKey) {
                  window.casebookHelpKey = true;
                  document.addEventListener('keydown', e => {
                    if (e.key !== '?' || e.ctrlKey || e.altKey || e.metaKey) { return; }
                    const t = e.composedPath()[0];
                    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
                    e.preventDefault();
                    document.body.dispatchEvent(new CustomEvent('casebook-help'));
                  });
                }""");
    }

    /** The shortcuts of {@code ui}'s window, made (with the {@code ?} key) on first use. */
    public static KeyboardShortcuts of(UI ui) {
        KeyboardShortcuts shortcuts = ComponentUtil.getData(ui, KeyboardShortcuts.class);
        if (shortcuts == null) {
            shortcuts = new KeyboardShortcuts(ui);
            ComponentUtil.setData(ui, KeyboardShortcuts.class, shortcuts);
        }
        return shortcuts;
    }

    /**
     * Adds a shortcut, listened to anywhere on the page (also in text fields) while {@code owner} is attached, and
     * listed in the help dialog meanwhile. Remove it with the returned registration when the owner is rebuilt.
     */
    public Registration add(Component owner, String description, Command action, Key key, KeyModifier... modifiers) {
        var registration = Shortcuts.addShortcutListener(owner, action, key, modifiers);
        Entry entry = new Entry(label(key, modifiers), description, owner);
        entries.add(entry);
        return () -> {
            registration.remove();
            entries.remove(entry);
        };
    }

    /** The shortcuts usable now, in the order they were added. */
    public List<Entry> active() {
        return entries.stream().filter(e -> e.owner().isAttached()).toList();
    }

    /** Opens the list of shortcuts. */
    public void openHelp() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        dialog = new Dialog();
        dialog.setId("shortcuts-dialog");
        dialog.setHeaderTitle("Keyboard shortcuts");
        Div list = new Div();
        list.addClassName("shortcut-list");
        list.add(row(HELP_KEYS, "Show this list"));
        for (Entry entry : active()) {
            list.add(row(entry.keys(), entry.description()));
        }
        Button close = new Button("Close", e -> dialog.close());
        close.setId("shortcuts-close");
        dialog.getFooter().add(close);
        dialog.add(list);
        dialog.open();
    }

    private static Div row(String keys, String description) {
        Div row = new Div();
        row.addClassName("shortcut");
        Span k = new Span(keys);
        k.addClassName("shortcut-keys");
        Span d = new Span(description);
        d.addClassName("shortcut-description");
        row.add(k, d);
        return row;
    }

    /** "Ctrl+Alt+↓" for Ctrl, Alt and the down arrow. */
    static String label(Key key, KeyModifier... modifiers) {
        String mods = Arrays.stream(modifiers).map(m -> switch (m) {
            case CONTROL -> "Ctrl";
            case ALT, ALT_GRAPH -> "Alt";
            case SHIFT -> "Shift";
            case META -> "Meta";
        }).collect(Collectors.joining("+"));
        String k = key.getKeys().getFirst();
        k = switch (k) {
            case "ArrowDown" -> "↓";
            case "ArrowUp" -> "↑";
            case "ArrowLeft" -> "←";
            case "ArrowRight" -> "→";
            default -> k.matches("(Key|Digit).") ? k.substring(k.length() - 1) : k.length() == 1 ? k.toUpperCase() : k;
        };
        return mods.isEmpty() ? k : mods + "+" + k;
    }
}
