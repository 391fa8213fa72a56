package com.qh.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the settings every QH service shares (validate-only Hibernate, health probes, JSON logs, publisher
 * confirms, ...) at the lowest precedence, so a service's own {@code application.yaml}, the environment and the
 * command line all override them. This is what keeps them out of every service's configuration.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "qhPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults;
        try {
            defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("qh-platform-defaults.properties",
                    PlatformDefaults.class.getClassLoader()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("The platform starter's defaults are missing from its jar", e);
        }
        // Plain text for a person at a terminal; JSON, one object per line, everywhere else.
        if ("text".equalsIgnoreCase(environment.getProperty("QH_LOG_FORMAT"))) {
            defaults.remove("logging.structured.format.console");
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, defaults));
    }
}
