package com.qh.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a new test context at its own database on the test servers and at the broker (and Redis, against real
 * servers). All instances are equal, so it never splits Spring's context cache: two test classes with the same
 * configuration share one context and its database, as they would without it.
 */
final class QhInfrastructureContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "qhTestInfrastructure";
    static final String DEFAULTS_SOURCE = "qhTestDefaults";
    /** The starter's {@code PlatformDefaults}, the lowest-precedence source of a service's environment. */
    private static final String PLATFORM_DEFAULTS_SOURCE = "qhPlatformDefaults";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        TestInfrastructure infrastructure = TestInfrastructure.current();
        Map<String, Object> properties = infrastructure.newContextProperties();
        // First place: the test's servers win over whatever the service's application.yaml says.
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        // Defaults any test setting overrides: a state directory of the context's own (field-encryption key file,
        // local files), as the launcher gives each app, and auth's JWKS played by TestUsers, whose tokens the
        // service then accepts. They go just above the starter's own defaults, which would otherwise point the
        // JWKS at an auth service on its production port.
        addDefaults(context, Map.of("qh.data-dir", newDataDirectory(), "qh.security.jwks-uri", TestUsers.jwksUri()));
        OpenContexts.opened(context);
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // Registered before any bean, so destroyed after all of them: the connection pool is closed by then.
            DisposableBean cleanUp = () -> {
                OpenContexts.closed(context);
                infrastructure.contextClosed(properties);
            };
            registry.registerDisposableBean("qhTestInfrastructureCleanUp", cleanUp);
        }
    }

    /** Adds settings any test setting overrides, just above the starter's own defaults. */
    static void addDefaults(ConfigurableApplicationContext context, Map<String, Object> settings) {
        MapPropertySource defaults = new MapPropertySource(DEFAULTS_SOURCE, settings);
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        if (sources.contains(PLATFORM_DEFAULTS_SOURCE)) {
            sources.addBefore(PLATFORM_DEFAULTS_SOURCE, defaults);
        }
        else {
            sources.addLast(defaults);
        }
    }

    private static String newDataDirectory() {
        try {
            return Files.createTempDirectory("qh-test-data").toAbsolutePath().toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data directory for the test context", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QhInfrastructureContextCustomizer;
    }

    @Override
    public int hashCode() {
        return QhInfrastructureContextCustomizer.class.hashCode();
    }
}
