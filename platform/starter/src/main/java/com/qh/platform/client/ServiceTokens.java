package com.qh.platform.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.net.URLEncoder;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's own access tokens, for calls it makes with no user request behind them (event handlers,
 * scheduled work). One per service called (the token's audience: a service refuses a service token meant for
 * another), obtained from auth with this service's name and secret, kept until a minute before it expires, then
 * fetched again. Without a configured secret there is none, and such calls go out without a token.
 */
public class ServiceTokens {

    static final String PATH = "/internal/v1/auth/service-token";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final URI endpoint;
    private final String name;
    private final String secret;
    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    public ServiceTokens(URI authUrl, String name, String secret, ClientProperties timeouts, JsonMapper json,
            Clock clock) {
        this.endpoint = authUrl.resolve(PATH);
        this.name = name;
        this.secret = secret;
        this.http = HttpClient.newBuilder().connectTimeout(timeouts.connectTimeout()).build();
        this.json = json;
        this.clock = clock;
    }

    /**
     * The current token for calls to the service {@code audience}, fetched or renewed when needed; empty when this
     * service has no secret.
     */
    public Optional<String> current(String audience) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Issued issued = tokens.compute(audience, (key, held) -> held == null
                || !clock.instant().isBefore(held.renewAt()) ? fetch(key) : held);
        return Optional.of(issued.value());
    }

    private Issued fetch(String audience) {
        String basic = Base64.getEncoder().encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(endpoint + "?audience=" + URLEncoder.encode(audience, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException e) {
            throw new ServiceTokenUnavailableException("auth could not be reached for a service token: "
                    + e.getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceTokenUnavailableException("Interrupted while fetching a service token");
        }
        if (response.statusCode() != 200) {
            throw new ServiceTokenUnavailableException("auth refused a service token for '" + name + "' ("
                    + response.statusCode() + "): check qh.security.service-client.secret");
        }
        JsonNode body = json.readTree(response.body());
        Duration lifetime = Duration.ofSeconds(body.get("expiresIn").asLong());
        return new Issued(body.get("accessToken").asString(), clock.instant().plus(
                lifetime.minus(RENEW_BEFORE_EXPIRY).isNegative() ? lifetime.dividedBy(2)
                        : lifetime.minus(RENEW_BEFORE_EXPIRY)));
    }

    private record Issued(String value, Instant renewAt) {
    }

    /** No service token could be had; the call that needed it fails, and a retry may succeed. */
    public static final class ServiceTokenUnavailableException extends RuntimeException {

        ServiceTokenUnavailableException(String message) {
            super(message);
        }
    }
}
