package com.qh.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services behind the gateway and the paths each one owns. Adding a service is one entry here plus its
 * {@code qh.services.<name>.url}.
 *
 * @param services by service name ({@code auth}, {@code profile}, ...), the same names as {@code qh.services}
 * @param uploadTimeout how long a request with a body (POST, PUT, PATCH) may take from its first byte to the
 *        service's answer: long enough for the largest upload over a slow line; other requests keep
 *        {@code spring.http.clients.read-timeout}
 */
@ConfigurationProperties("qh.gateway")
public record GatewayProperties(@DefaultValue Map<String, Service> services,
        @DefaultValue("30m") Duration uploadTimeout) {

    /**
     * One service as the gateway sees it.
     *
     * @param paths path patterns the service owns, forwarded unchanged ({@code /api/v1/profile/**})
     * @param apiDocs whether the service publishes {@code /v3/api-docs} for the shared Swagger UI
     * @param health whether the gateway is ready only when this service is
     * @param websockets exact paths whose WebSocket connections are relayed to the service (the HTTP proxy cannot
     *        carry them); the handshake needs a valid access token
     * @param fallback whether it takes every path the gateway does not otherwise own ({@link FallbackPaths}), at
     *        lowest precedence and without a token check: the web app, whose pages have their own cookie session
     */
    public record Service(
            @DefaultValue List<String> paths,
            @DefaultValue("true") boolean apiDocs,
            @DefaultValue("true") boolean health,
            @DefaultValue List<String> websockets,
            @DefaultValue("false") boolean fallback) {
    }
}
