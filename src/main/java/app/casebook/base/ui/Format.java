package app.casebook.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How times read on screen, one format everywhere, in the person's browser time zone: "just now", "5 minutes ago",
 * "3 hours ago", then "14:05" (today), "3 Nov, 14:05" (this year), "3 Nov 2025, 14:05". The zone is read once per
 * browser window ({@link #readBrowserZone}); until it is known, and outside a UI, the server's zone is used.
 */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    private Format() {
    }

    /** A relative time while it is recent ("2 minutes ago", up to 12 hours), the absolute time after that. */
    public static String when(Instant instant) {
        return when(instant, Instant.now(), zone());
    }

    static String when(Instant instant, Instant now, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        Duration ago = Duration.between(instant, now);
        if (!ago.isNegative()) {
            if (ago.toSeconds() < 60) {
                return "just now";
            }
            if (ago.toMinutes() < 60) {
                return plural(ago.toMinutes(), "minute") + " ago";
            }
            if (ago.toHours() < 12) {
                return plural(ago.toHours(), "hour") + " ago";
            }
        }
        return time(instant, now, zone);
    }

    /** An absolute time: "14:05" today, "3 Nov, 14:05" this year, "3 Nov 2025, 14:05" otherwise. */
    public static String time(Instant instant) {
        return time(instant, Instant.now(), zone());
    }

    static String time(Instant instant, Instant now, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        if (at.toLocalDate().equals(today)) {
            return TIME.format(at);
        }
        return (at.getYear() == today.getYear() ? DAY_TIME : DATE_TIME).format(at);
    }

    /** The absolute time with the zone's name, for tooltips: "3 Nov 2026, 14:05 (Europe/Paris)". */
    public static String exact(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        return DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The time zone of the current browser window, or the server's when it is not known (yet). */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ZoneId zone = ui == null ? null : ComponentUtil.getData(ui, ZoneId.class);
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    /**
     * Reads the browser's time zone once for this window: from the details the browser sent when the page loaded,
     * or by asking it ({@code retrieveExtendedClientDetails}). Later calls do nothing.
     */
    public static void readBrowserZone(UI ui) {
        if (ComponentUtil.getData(ui, ZoneId.class) != null) {
            return;
        }
        ExtendedClientDetails known = ui.getPage().getExtendedClientDetails();
        if (!remember(ui, known)) {
            ui.getPage().retrieveExtendedClientDetails(details -> remember(ui, details));
        }
    }

    private static boolean remember(UI ui, ExtendedClientDetails details) {
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return false;
        }
        try {
            ComponentUtil.setData(ui, ZoneId.class, ZoneId.of(details.getTimeZoneId()));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
