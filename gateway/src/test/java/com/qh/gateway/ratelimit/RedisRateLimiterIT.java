package com.qh.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** Against a real Redis (`./mvnw verify -Pit`; host and port from REDIS_HOST and REDIS_PORT, default localhost). */
class RedisRateLimiterIT {

    private LettuceConnectionFactory connectionFactory;

    @BeforeEach
    void connect() {
        String host = System.getenv().getOrDefault("REDIS_HOST", "localhost");
        int port = Integer.parseInt(System.getenv().getOrDefault("REDIS_PORT", "6379"));
        connectionFactory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
        connectionFactory.afterPropertiesSet();
        connectionFactory.start();
    }

    @AfterEach
    void disconnect() {
        connectionFactory.destroy();
    }

    @Test
    void sharesOneBucketBetweenGatewayInstances() throws Exception {
        RedisRateLimiter first = new RedisRateLimiter(connectionFactory);
        RedisRateLimiter second = new RedisRateLimiter(connectionFactory);
        String key = "ip:" + UUID.randomUUID();
        Limit threePerMinute = Limit.parse("3/1m");

        Decision one = first.tryConsume(key, threePerMinute);
        Decision two = second.tryConsume(key, threePerMinute);
        Decision three = first.tryConsume(key, threePerMinute);
        Decision refused = second.tryConsume(key, threePerMinute);

        assertThat(one.remaining()).isEqualTo(2);
        assertThat(two.remaining()).isEqualTo(1);
        assertThat(three.remaining()).isZero();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive();
        first.destroy();
        second.destroy();
    }
}
