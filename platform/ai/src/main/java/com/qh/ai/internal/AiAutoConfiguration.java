package com.qh.ai.internal;

import com.qh.ai.Generator;
import com.qh.ai.OfflineGenerator;
import com.qh.platform.client.ServiceClients;
import com.qh.platform.client.ServiceTokens;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every application with {@code qh-ai} a {@link Generator}: offline unless {@code qh.ai.base-url}
 * ({@code QH_AI_BASE_URL}) names a model endpoint. Spring AI's own starters are deliberately not used: their
 * auto-configuration would switch a model on in every service.
 */
@AutoConfiguration(afterName = "com.qh.platform.client.ClientAutoConfiguration")
@EnableConfigurationProperties(AiProperties.class)
public class AiAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AiAutoConfiguration.class);

    /** The model-backed generator, only when an endpoint is configured. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${qh.ai.base-url:}'.isBlank()")
    static class ModelConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        UsageLedger qhAiUsageLedger(AiProperties properties, ObjectProvider<ServiceClients> clients,
                ObjectProvider<ServiceTokens> tokens) {
            return new UsageLedger(new AuthBudget(clients.getObject(), tokens.getIfAvailable()),
                    properties.budget().usageQueueSize(), properties.budget().usageRetry());
        }

        @Bean
        @ConditionalOnMissingBean(Generator.class)
        Generator qhModelGenerator(AiProperties properties, ObjectProvider<ServiceClients> clients,
                ObjectProvider<ServiceTokens> tokens, UsageLedger ledger, ObjectProvider<Clock> clock,
                Environment environment) {
            log.info("AI model configured: {} at {}; profiles and vacancies sent for generation go to that endpoint",
                    properties.model(), properties.baseUrl());
            return new ModelGenerator(properties, new ModelClient(properties), new PromptLibrary(),
                    new AuthBudget(clients.getObject(), tokens.getIfAvailable()), ledger,
                    environment.getProperty("spring.application.name", "qh"), clock.getIfAvailable(Clock::systemUTC));
        }
    }

    @Bean
    @ConditionalOnMissingBean(Generator.class)
    Generator qhOfflineGenerator() {
        return new OfflineGenerator();
    }
}
