package com.qh.platform.config;

import com.qh.platform.catalog.ServiceCatalog;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds what the service catalog ({@code qh-services.yaml}) says about this application, found by
 * {@code spring.application.name}, at low precedence: its {@code qh.security.public-paths}, and for the gateway every
 * service's routes, WebSockets, API-docs flag, default address ({@code qh.services.<name>.url}) and the union of public
 * paths. The application's own configuration, the environment ({@code QH_SERVICES_AUTH_URL}) and the command line
 * all win, so the catalog only replaces the copies that used to drift apart in each {@code application.yaml}.
 */
public class CatalogDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "qhServiceCatalog";

    private final ServiceCatalog catalog;

    /** With the catalog shipped on the classpath. */
    public CatalogDefaults() {
        this(ServiceCatalog.load());
    }

    CatalogDefaults(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = environment.getProperty("spring.application.name");
        if (name == null) {
            return;
        }
        Map<String, Object> properties = catalog.propertiesFor(name);
        if (properties.isEmpty()) {
            return;
        }
        // Next to the platform's defaults: below every file, variable and argument the application is given.
        if (environment.getPropertySources().contains(PlatformDefaults.SOURCE_NAME)) {
            environment.getPropertySources().addBefore(PlatformDefaults.SOURCE_NAME,
                    new MapPropertySource(SOURCE_NAME, properties));
        }
        else {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, properties));
        }
    }
}
