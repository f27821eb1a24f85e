package app.casebook.preference;

import app.casebook.base.InvalidInputException;
import app.casebook.base.Times;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small choices a person makes about how the screens look for them (e.g. the editor's "Write / Preview / Side by
 * side"), kept on the server so that they follow the person to another browser. Each person reads and writes only
 * their own.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PreferenceService {

    /** Longest name of a preference, in characters. */
    public static final int MAX_NAME = 50;
    /** Longest value of a preference, in characters. */
    public static final int MAX_VALUE = 200;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0," + (MAX_NAME - 1) + "}");

    private final PreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final Clock clock;

    PreferenceService(PreferenceRepository preferences, CurrentUser currentUser, Clock clock) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The logged-in person's value of the preference {@code name}, empty when they never chose one.
     *
     * @throws InvalidInputException for a name that is not lower-case letters, digits, dots and dashes (at most 50)
     */
    @Transactional(readOnly = true)
    public Optional<String> get(String name) {
        return preferences.get(currentUser.id(), checkedName(name));
    }

    /**
     * Stores the logged-in person's choice for {@code name}, replacing an earlier one.
     *
     * @throws InvalidInputException for a bad name (see {@link #get}) or a value that is empty or longer than 200
     *                               characters
     */
    public void put(String name, String value) {
        String checked = checkedName(name);
        if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
            throw new InvalidInputException("A preference needs a value of 1 to " + MAX_VALUE + " characters.");
        }
        preferences.put(currentUser.id(), checked, value, Times.now(clock));
    }

    private static String checkedName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("Unknown preference name.");
        }
        return name;
    }
}
