package app.casebook.base;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, answered within {@link DatabaseStatus#DEADLINE}: Spring Boot's own
 * check waits for a pooled connection as long as the pool's connection timeout, so a probe with a normal timeout saw
 * a time-out instead of DOWN. Replaces it ({@code management.health.db.enabled: false}).
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private final DatabaseStatus status;

    DatabaseHealth(DatabaseStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        return status.check() ? Health.up().build()
                : Health.down().withDetail("reason", "no answer within " + DatabaseStatus.DEADLINE.toMillis() + " ms")
                .build();
    }
}
