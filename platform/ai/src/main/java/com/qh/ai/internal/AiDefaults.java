package com.qh.ai.internal;

import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;

/**
 * Maps the documented environment variables ({@code QH_AI_BASE_URL}, {@code QH_AI_API_KEY}, {@code QH_AI_MODEL}) to
 * {@code qh.ai.*} at the lowest precedence. Spring's relaxed binding alone would read {@code QH_AI_BASE_URL} as
 * {@code qh.ai.base.url}, not {@code qh.ai.base-url}.
 */
public class AiDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "qhAiDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties defaults = new Properties();
        defaults.setProperty("qh.ai.base-url", "${QH_AI_BASE_URL:}");
        defaults.setProperty("qh.ai.api-key", "${QH_AI_API_KEY:}");
        defaults.setProperty("qh.ai.model", "${QH_AI_MODEL:gpt-4o-mini}");
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, defaults));
    }
}
