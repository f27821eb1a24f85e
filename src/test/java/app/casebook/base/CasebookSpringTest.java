package app.casebook.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database (profile {@code test}, see application-test.yml), with
 * {@link Fixtures}. Every class with exactly this annotation (or extending {@link KaribuTest}) shares one Spring
 * context, started once per test run: the test JVM is reused (pom.xml), classes run grouped by context
 * ({@link ContextGroupOrder}) and one context is cached at a time ({@code spring.properties}). Keep the annotation
 * the only Spring configuration on a test class: extra properties, mocks or {@code @DirtiesContext} would start
 * another context. Tests share the database, so each makes its own accounts ({@link Fixtures#account}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ActiveProfiles("test")
@Import(Fixtures.class)
public @interface CasebookSpringTest {
}
