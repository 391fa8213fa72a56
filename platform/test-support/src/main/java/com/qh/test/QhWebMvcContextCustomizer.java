package com.qh.test;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a {@link QhWebMvcTest} slice's token check at the JWKS of {@link TestUsers}, so its tokens sign in. All
 * instances are equal, so slices of the same controllers share one cached context.
 */
final class QhWebMvcContextCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        QhInfrastructureContextCustomizer.addDefaults(context, Map.of("qh.security.jwks-uri", TestUsers.jwksUri()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QhWebMvcContextCustomizer;
    }

    @Override
    public int hashCode() {
        return QhWebMvcContextCustomizer.class.hashCode();
    }
}
