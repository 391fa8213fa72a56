package com.qh.web.session;

import com.qh.web.api.ApiResponse;
import com.qh.web.api.GatewayApi;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Spends a refresh token once, however many requests of one browser find the access token due at the same time.
 * Auth treats a refresh token presented twice as stolen and ends the whole session, and two tabs loading at once
 * would do exactly that: each request holds its own copy of the session, so the second would still see the spent
 * token. Here the first caller refreshes under a per-token lock and the answer is remembered for a minute, so the
 * others get the same new pair instead of spending the old token again. (One web app replica; with several, the
 * gateway's sticky sessions or Redis would be needed for the same guarantee.)
 */
@Component
class TokenRefresher {

    private static final long REMEMBER_SECONDS = 60;

    private final GatewayApi api;
    private final Clock clock;
    private final Map<String, Refreshed> recent = new ConcurrentHashMap<>();

    TokenRefresher(GatewayApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    SessionTokens refresh(SessionTokens tokens) {
        Instant now = clock.instant();
        recent.values().removeIf(done -> done.at().isBefore(now.minusSeconds(REMEMBER_SECONDS)));
        Refreshed done = recent.computeIfAbsent(tokens.refreshToken(), spent -> {
            ApiResponse pair = api.call(HttpMethod.POST, "/api/v1/auth/refresh")
                    .body(Map.of("refreshToken", spent)).send();
            return new Refreshed(tokens.refreshed(pair.body().path("accessToken").asString(),
                    pair.body().path("refreshToken").asString(),
                    now.plusSeconds(pair.body().path("expiresIn").asLong(900))), now);
        });
        return done.tokens();
    }

    private record Refreshed(SessionTokens tokens, Instant at) {
    }
}
