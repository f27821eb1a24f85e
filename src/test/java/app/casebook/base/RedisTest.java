package app.casebook.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on H2 with the {@code redis} profile (live events and presence through the Redis at
 * 127.0.0.1:6379), with {@link Fixtures}. Skipped on a developer machine without Redis, failing when {@code CI} is
 * {@code true}. All classes with exactly this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RedisTest.Condition.class)
@SpringBootTest(properties = {"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379"})
@ActiveProfiles({"test", "redis"})
@Import(Fixtures.class)
public @interface RedisTest {

    /** Decides before Spring starts: run, skip (no Redis, developer machine) or fail (no Redis, CI). */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
                return ConditionEvaluationResult.enabled("Redis answers on 127.0.0.1:6379");
            } catch (Exception e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("Redis must answer on 127.0.0.1:6379 in CI (.ci/run starts it)");
                }
                return ConditionEvaluationResult.disabled("Redis not running on 127.0.0.1:6379");
            }
        }
    }
}
