package com.qh.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import tools.jackson.databind.json.JsonMapper;

class RateLimiterSelectionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RateLimitConfiguration.class)
            .withBean(RateLimitProperties.class, () -> new RateLimitProperties(true, Limit.parse("300/1m"),
                    Limit.parse("300/1m"), List.of(), Map.of()))
            .withBean(JsonMapper.class, JsonMapper::new)
            // Never started: the Redis limiter connects on first use only.
            .withBean(LettuceConnectionFactory.class, LettuceConnectionFactory::new);

    @Test
    void keepsBucketsInMemoryByDefault() {
        context.run(app -> assertThat(app).getBean(RateLimiter.class).isInstanceOf(InMemoryRateLimiter.class));
    }

    @Test
    void keepsBucketsInRedisWhenRedisIsEnabled() {
        context.withPropertyValues("qh.redis.enabled=true")
                .run(app -> assertThat(app).getBean(RateLimiter.class).isInstanceOf(RedisRateLimiter.class));
    }
}
