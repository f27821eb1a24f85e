package app.casebook.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on MySQL or MariaDB (profiles {@code test} and {@code mysqltest}), with {@link Fixtures}.
 *
 * <p>The database comes from the environment:
 * <ul>
 *   <li>{@code CASEBOOK_TEST_MYSQL_URL}: the JDBC URL of an existing, disposable database, without credentials,
 *   e.g. {@code jdbc:mysql://127.0.0.1:3306/casebook_test}. Everything in it is dropped ({@code flyway clean}) and
 *   migrated again when the Spring context starts.</li>
 *   <li>{@code CASEBOOK_TEST_MYSQL_USER} (default {@code root}) and {@code CASEBOOK_TEST_MYSQL_PASSWORD}
 *   (default empty).</li>
 * </ul>
 * Without {@code CASEBOOK_TEST_MYSQL_URL} these tests are skipped on a developer machine, and fail when the
 * environment variable {@code CI} is {@code true}: a CI run must not pass because its database is missing. All
 * classes with exactly this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MySqlTest.Condition.class)
@SpringBootTest
@ActiveProfiles({"test", "mysqltest"})
@Import({Fixtures.class, MySqlTest.CleanDatabase.class})
public @interface MySqlTest {

    String URL_VARIABLE = "CASEBOOK_TEST_MYSQL_URL";

    /** Decides before Spring starts: run, skip (no database, developer machine) or fail (no database, CI). */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled(URL_VARIABLE + " is set");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(URL_VARIABLE + " is not set, and CI=true: the MySQL/MariaDB tests "
                        + "must run in CI. Set it to a disposable database, e.g. "
                        + "jdbc:mysql://127.0.0.1:3306/casebook_test");
            }
            return ConditionEvaluationResult.disabled(URL_VARIABLE + " is not set: MySQL/MariaDB tests skipped");
        }
    }

    /** Every run starts from an empty schema: the database may still hold the rows of an earlier run. */
    @TestConfiguration(proxyBeanMethods = false)
    class CleanDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
