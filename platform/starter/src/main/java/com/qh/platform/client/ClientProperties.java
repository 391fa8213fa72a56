package com.qh.platform.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timeouts of calls to other services. A call that hangs must not hold a request thread for long.
 *
 * @param connectTimeout longest wait to open a connection
 * @param readTimeout longest wait for the answer
 */
@ConfigurationProperties("qh.client")
public record ClientProperties(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {
}
