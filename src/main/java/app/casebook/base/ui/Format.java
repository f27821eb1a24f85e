package app.casebook.base.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times read on screen: "just now", "5 min ago", "14:05", "3 Nov 2026, 14:05". */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private Format() {
    }

    public static String when(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration ago = Duration.between(instant, Instant.now());
        if (ago.toSeconds() < 60 && !ago.isNegative()) {
            return "just now";
        }
        if (ago.toMinutes() < 60 && !ago.isNegative()) {
            return ago.toMinutes() + " min ago";
        }
        return DATE_TIME.withZone(ZoneId.systemDefault()).format(instant);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(ZoneId.systemDefault()).format(instant);
    }
}
