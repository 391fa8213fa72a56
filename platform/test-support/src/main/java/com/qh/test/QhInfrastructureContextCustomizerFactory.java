package com.qh.test;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every test class annotated with {@link QhServiceTest} or {@link QhServiceIT} (directly, through a
 * superclass or an enclosing class) the {@link QhInfrastructureContextCustomizer}. Registered in
 * {@code META-INF/spring.factories}, so a service's test needs nothing but the annotation.
 */
public class QhInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return isServiceTest(testClass) ? new QhInfrastructureContextCustomizer() : null;
    }

    private static boolean isServiceTest(Class<?> testClass) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            MergedAnnotations annotations = MergedAnnotations.from(candidate, SearchStrategy.TYPE_HIERARCHY);
            if (annotations.isPresent(QhServiceTest.class) || annotations.isPresent(QhServiceIT.class)) {
                return true;
            }
        }
        return false;
    }
}
