package com.qh.test;

import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every test class annotated with {@link QhServiceTest} or {@link QhServiceIT} (directly, through a
 * superclass or an enclosing class) the {@link QhInfrastructureContextCustomizer}, and every {@link QhWebMvcTest}
 * slice the JWKS of {@link TestUsers}. Registered in {@code META-INF/spring.factories}, so a service's test needs
 * nothing but the annotation.
 */
public class QhInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (annotated(testClass, QhServiceTest.class) || annotated(testClass, QhServiceIT.class)) {
            return new QhInfrastructureContextCustomizer();
        }
        return annotated(testClass, QhWebMvcTest.class) ? new QhWebMvcContextCustomizer() : null;
    }

    private static boolean annotated(Class<?> testClass, Class<? extends Annotation> annotation) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            if (MergedAnnotations.from(candidate, SearchStrategy.TYPE_HIERARCHY).isPresent(annotation)) {
                return true;
            }
        }
        return false;
    }
}
