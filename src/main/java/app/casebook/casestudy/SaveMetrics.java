package app.casebook.casestudy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Figures of section saves for operators ({@code /actuator/prometheus}): {@value #SAVES} by outcome (saved, merged
 * with a concurrent change, conflict) and {@value #DURATION}, the time of a save from the service call to
 * its commit, as a histogram (so p95/p99 can be read across nodes).
 */
@Component
class SaveMetrics {

    static final String SAVES = "casebook.section.saves";
    static final String DURATION = "casebook.section.save.duration";

    private final MeterRegistry meters;
    private final Timer duration;
    private final Counter saved;
    private final Counter merged;
    private final Counter conflicts;

    SaveMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.duration = Timer.builder(DURATION).description("A section save, from the service call to its commit")
                .publishPercentileHistogram().register(meters);
        this.saved = outcome("saved");
        this.merged = outcome("merged");
        this.conflicts = outcome("conflict");
    }

    private Counter outcome(String name) {
        return Counter.builder(SAVES).tag("outcome", name).description("Section saves by outcome").register(meters);
    }

    Timer.Sample start() {
        return Timer.start(meters);
    }

    /** Counts a finished save and returns its result unchanged. */
    SaveResult done(Timer.Sample started, SaveResult result) {
        started.stop(duration);
        (switch (result) {
            case SaveResult.Saved s -> saved;
            case SaveResult.Merged m -> merged;
            case SaveResult.Conflict c -> conflicts;
        }).increment();
        return result;
    }
}
