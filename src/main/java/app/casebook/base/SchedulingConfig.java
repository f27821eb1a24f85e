package app.casebook.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** {@code @Scheduled} methods run: the database check, the check of open sessions. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
