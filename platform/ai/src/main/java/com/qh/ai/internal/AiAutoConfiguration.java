package com.qh.ai.internal;

import com.qh.ai.Generator;
import com.qh.ai.OfflineGenerator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Gives every application with {@code qh-ai} a {@link Generator}: offline unless a model is configured. */
@AutoConfiguration
public class AiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Generator.class)
    Generator qhOfflineGenerator() {
        return new OfflineGenerator();
    }
}
