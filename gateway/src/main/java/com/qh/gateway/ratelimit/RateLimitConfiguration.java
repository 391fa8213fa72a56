package com.qh.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import tools.jackson.databind.json.JsonMapper;

/** Picks where buckets live and puts the two rate-limit filters around token verification. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "qh.redis.enabled", havingValue = "true")
    RateLimiter redisRateLimiter(LettuceConnectionFactory connectionFactory) {
        return new RedisRateLimiter(connectionFactory);
    }

    @Bean
    @ConditionalOnProperty(name = "qh.redis.enabled", havingValue = "false", matchIfMissing = true)
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter();
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> clientIpRateLimitFilter(RateLimiter limiter,
            RateLimitProperties properties, JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(RateLimitFilter.Stage.BEFORE_AUTHENTICATION, limiter, properties, json));
        registration.setName("qhClientIpRateLimitFilter");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> userRateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
            JsonMapper json) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(RateLimitFilter.Stage.AFTER_AUTHENTICATION, limiter, properties, json));
        registration.setName("qhUserRateLimitFilter");
        // Inside the security filter chain's scope, so the verified token is in the security context.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
