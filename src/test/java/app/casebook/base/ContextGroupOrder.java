package app.casebook.base;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Runs the test classes of one Spring context one after the other: plain unit tests, then {@link CasebookSpringTest}
 * (H2, Karibu), then {@link RedisTest}, then {@link MySqlTest}. Only one context is cached at a time
 * ({@code spring.properties}), so mixing the groups would start contexts again and again.
 */
public class ContextGroupOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> group(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    static int group(Class<?> testClass) {
        if (AnnotatedElementUtils.hasAnnotation(testClass, MySqlTest.class)) {
            return 3;
        }
        if (AnnotatedElementUtils.hasAnnotation(testClass, RedisTest.class)) {
            return 2;
        }
        if (AnnotatedElementUtils.hasAnnotation(testClass, CasebookSpringTest.class)) {
            return 1;
        }
        return 0;
    }
}
