package app.casebook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One way of writing times, in the person's zone, relative while recent. */
class FormatTest {

    private static final Instant NOW = Instant.parse("2026-11-03T13:05:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void recent_times_read_as_relative_times() {
        assertThat(Format.when(NOW.minusSeconds(20), NOW, PARIS)).isEqualTo("just now");
        assertThat(Format.when(NOW.minusSeconds(60), NOW, PARIS)).isEqualTo("1 minute ago");
        assertThat(Format.when(NOW.minusSeconds(120), NOW, PARIS)).isEqualTo("2 minutes ago");
        assertThat(Format.when(NOW.minusSeconds(3 * 3600), NOW, PARIS)).isEqualTo("3 hours ago");
    }

    @Test
    void older_times_are_shown_in_the_persons_zone_with_one_24_hour_format() {
        Instant morning = Instant.parse("2026-11-03T00:30:00Z");
        assertThat(Format.time(morning, NOW, PARIS)).isEqualTo("01:30");
        assertThat(Format.time(morning, NOW, TOKYO)).isEqualTo("09:30");
        assertThat(Format.when(Instant.parse("2026-10-01T16:56:00Z"), NOW, PARIS)).isEqualTo("1 Oct, 18:56");
        assertThat(Format.when(Instant.parse("2025-10-01T16:56:00Z"), NOW, PARIS)).isEqualTo("1 Oct 2025, 18:56");
    }

    @Test
    void a_time_of_another_day_carries_its_date() {
        Instant yesterdayEvening = Instant.parse("2026-11-02T20:00:00Z");
        assertThat(Format.time(yesterdayEvening, NOW, PARIS)).isEqualTo("2 Nov, 21:00");
        assertThat(Format.time(yesterdayEvening, NOW, TOKYO)).isEqualTo("05:00");
    }
}
