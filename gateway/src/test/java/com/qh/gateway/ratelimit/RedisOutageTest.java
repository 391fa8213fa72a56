package com.qh.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis that cannot be reached (a port bound but never listening: every connection is refused): the rules that
 * guard credentials refuse, everything else goes through (issue 21, item 10).
 */
class RedisOutageTest {

    private Socket deadPort;
    private LettuceConnectionFactory connectionFactory;
    private RedisRateLimiter limiter;

    @BeforeEach
    void redisNobodyListensOn() throws IOException {
        deadPort = new Socket();
        deadPort.bind(new InetSocketAddress("127.0.0.1", 0));
        connectionFactory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", deadPort.getLocalPort()));
        connectionFactory.afterPropertiesSet();
        connectionFactory.start();
        limiter = new RedisRateLimiter(connectionFactory);
    }

    @AfterEach
    void close() throws IOException {
        limiter.destroy();
        connectionFactory.destroy();
        deadPort.close();
    }

    @Test
    void reportsABucketItCannotReadAsUnavailable() {
        Decision decision = limiter.tryConsume("ip:203.0.113.50", Limit.parse("10/1m"));

        assertThat(decision.unavailable()).isTrue();
    }

    @Test
    void refusesSignInWith503AndRetryAfterWhileRedisIsDown() throws Exception {
        MockHttpServletResponse response = filter(request("POST", "/api/v1/auth/login"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"https://qh.dev/problems/rate-limiter-unavailable\"")
                .contains("\"limit\":\"credentials\"");
    }

    @Test
    void letsOrdinaryRequestsThroughWhileRedisIsDown() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(request("GET", "/api/v1/vacancies"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).as("passed on").isNotNull();
    }

    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter().doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("not passed on").isNull();
        return response;
    }

    private RateLimitFilter filter() {
        RateLimitProperties.Rule credentials = new RateLimitProperties.Rule(true, List.of("/api/v1/auth/login"),
                List.of("POST"), Limit.parse("10/1m"), RateLimitProperties.Per.IP, true);
        RateLimitProperties properties = new RateLimitProperties(true, Limit.parse("300/1m"), Limit.parse("300/1m"),
                List.of("/actuator/**"), Map.of("credentials", credentials));
        return new RateLimitFilter(RateLimitFilter.Stage.BEFORE_AUTHENTICATION, limiter, properties,
                JsonMapper.builder().build());
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("203.0.113.51");
        return request;
    }
}
