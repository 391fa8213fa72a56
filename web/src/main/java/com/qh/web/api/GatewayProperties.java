package com.qh.web.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway is: the same {@code qh.services.gateway.url} key the launcher sets for every app, so the web app
 * reaches the API exactly as an outside client would (token check, rate limits and routing included).
 *
 * @param url the gateway's base address
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (a vacancy import fetches a page, so allow some seconds)
 */
@ConfigurationProperties("qh.services.gateway")
public record GatewayProperties(
        @DefaultValue("http://localhost:8080") URI url,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {
}
