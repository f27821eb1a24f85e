package app.casebook.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A UTC clock that stands still until a test moves it; starts at 2026-03-01T10:00:00Z. */
public final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    public void move(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
