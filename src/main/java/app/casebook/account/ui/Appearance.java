package app.casebook.account.ui;

import app.casebook.preference.PreferenceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;

/**
 * Light or dark screens, chosen per person on their account page and remembered for them; by default the screens
 * follow the setting of the person's system (Lumo's dark variant when it asks for dark, see {@code Application}).
 */
enum Appearance {

    SYSTEM("system", "Follow system", ColorScheme.Value.SYSTEM),
    LIGHT("light", "Light", ColorScheme.Value.LIGHT),
    DARK("dark", "Dark", ColorScheme.Value.DARK);

    /** The name of the person's preference ({@link PreferenceService}). */
    static final String PREFERENCE = "appearance";

    private final String value;
    private final String label;
    private final ColorScheme.Value scheme;

    Appearance(String value, String label, ColorScheme.Value scheme) {
        this.value = value;
        this.label = label;
        this.scheme = scheme;
    }

    String value() {
        return value;
    }

    String label() {
        return label;
    }

    /** Shows {@code ui}'s page in this appearance from now on. */
    void applyTo(UI ui) {
        ui.getPage().setColorScheme(scheme);
    }

    /** The appearance stored as {@code value}; {@link #SYSTEM} for none or an unknown one. */
    static Appearance parse(String value) {
        for (Appearance appearance : values()) {
            if (appearance.value.equals(value)) {
                return appearance;
            }
        }
        return SYSTEM;
    }

    /** The logged-in person's choice; {@link #SYSTEM} when they made none or it cannot be read now. */
    static Appearance of(PreferenceService preferences) {
        try {
            return parse(preferences.get(PREFERENCE).orElse(null));
        } catch (RuntimeException e) {
            // Not logged in, an ended session or the database away: the default, and the page still opens.
            return SYSTEM;
        }
    }
}
