package com.qh.ai.internal;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.client.ServiceTokens;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * auth's side of the daily token budget: the user's allowance for today and the usage to add to it. Both calls carry
 * this service's own service token for auth, not the user's, since they are internal endpoints.
 */
class AuthBudget {

    static final String ALLOWANCE = "/internal/v1/ai/allowance";
    static final String USAGE = "/internal/v1/ai/usage";

    private final ServiceClients clients;
    private final ServiceTokens tokens;

    AuthBudget(ServiceClients clients, ServiceTokens tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    /** A user's budget for one UTC day, as auth keeps it. */
    record Allowance(UUID userId, LocalDate day, long budget, long used, long remaining) {
    }

    /** Tokens one generation used, for auth to add to the user's day. */
    record Usage(UUID userId, String service, String feature, String model, long promptTokens,
            long completionTokens) {
    }

    /** Today's allowance; any failure (auth down, no token, a refusal) is thrown. */
    Allowance allowance(UUID userId) {
        Allowance allowance = clients.forService("auth").get()
                .uri(uri -> uri.path(ALLOWANCE).queryParam("userId", userId).build())
                .headers(this::serviceToken).retrieve().body(Allowance.class);
        if (allowance == null) {
            throw new IllegalStateException("auth answered the allowance with no body");
        }
        return allowance;
    }

    /** Adds usage to the user's day; any failure is thrown, for the caller to keep it and try again. */
    void record(Usage usage) {
        clients.forService("auth").post().uri(USAGE).headers(this::serviceToken)
                .contentType(MediaType.APPLICATION_JSON).body(usage).retrieve().toBodilessEntity();
    }

    /**
     * This service's token for auth, set here so that ServiceClients does not relay the user's token instead
     * (it does so while serving a request).
     */
    private void serviceToken(HttpHeaders headers) {
        Optional<String> token = tokens == null ? Optional.empty() : tokens.current("auth");
        token.ifPresent(headers::setBearerAuth);
    }
}
