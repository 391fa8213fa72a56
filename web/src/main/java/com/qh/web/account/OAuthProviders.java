package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The sign-in providers auth has configured ({@code GET /api/v1/auth/oauth2/providers}), so that the pages offer only
 * those. Every sign-in page shows them, so the answer is kept for {@code qh.web.oauth-providers-ttl} (a minute);
 * when auth cannot be asked the pages go without the buttons, and auth is asked again after ten seconds at most.
 */
@Component
class OAuthProviders {

    private static final Duration AFTER_FAILURE = Duration.ofSeconds(10);

    private final GatewayApi api;
    private final Clock clock;
    private final Duration ttl;
    private volatile Known known;

    OAuthProviders(GatewayApi api, Clock clock, @Value("${qh.web.oauth-providers-ttl:60s}") Duration ttl) {
        this.api = api;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The configured providers' names ({@code github}, {@code google}), in auth's order; empty when unknown. */
    List<String> list() {
        Instant now = clock.instant();
        Known held = known;
        if (held != null && now.isBefore(held.until())) {
            return held.names();
        }
        List<String> names = new ArrayList<>();
        Duration keep = ttl;
        try {
            for (JsonNode name : api.call(HttpMethod.GET, "/api/v1/auth/oauth2/providers").send().body()) {
                // A name goes into paths and message keys: only plain ones are taken.
                String value = name.asString("");
                if (value.matches("[a-z0-9-]{1,32}")) {
                    names.add(value);
                }
            }
        }
        catch (ApiProblemException unavailable) {
            names.clear();
            keep = ttl.compareTo(AFTER_FAILURE) < 0 ? ttl : AFTER_FAILURE;
        }
        Known fresh = new Known(List.copyOf(names), now.plus(keep));
        known = fresh;
        return fresh.names();
    }

    /** Whether {@code provider} is one auth offers. */
    boolean offers(String provider) {
        return list().contains(provider);
    }

    private record Known(List<String> names, Instant until) {
    }
}
