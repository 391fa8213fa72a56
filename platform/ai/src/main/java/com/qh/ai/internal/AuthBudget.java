package com.qh.ai.internal;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.client.ServiceTokens;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * Tokens one generation used, for auth to add to the user's day. {@code usageId} is made once per generation and
     * sent with every try, so auth counts a record it already took only once.
     */
    record Usage(UUID usageId, UUID userId, String service, String feature, String model, long promptTokens,
            long completionTokens) {
    }

    /** Today's allowance; any failure (auth down, no token, a refusal) is thrown. */
    Allowance allowance(UUID userId) {
        String token = serviceToken();
        Allowance allowance = clients.forService("auth").get()
                .uri(uri -> uri.path(ALLOWANCE).queryParam("userId", userId).build())
                .headers(headers -> headers.setBearerAuth(token)).retrieve().body(Allowance.class);
        if (allowance == null) {
            throw new IllegalStateException("auth answered the allowance with no body");
        }
        return allowance;
    }

    /** Adds usage to the user's day; any failure is thrown, for the caller to keep it and try again. */
    void record(Usage usage) {
        String token = serviceToken();
        clients.forService("auth").post().uri(USAGE).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(usage).retrieve().toBodilessEntity();
    }

    /**
     * This service's token for auth. Without one no call is made at all: ServiceClients would otherwise relay the
     * user's own token (it does so while serving a request) to an internal endpoint.
     *
     * @throws MissingServiceTokenException when this service has no secret for auth
     */
    private String serviceToken() {
        Optional<String> token = tokens == null ? Optional.empty() : tokens.current("auth");
        return token.orElseThrow(MissingServiceTokenException::new);
    }

    /** This service has no service token for auth, so the budget cannot be read or written. */
    static final class MissingServiceTokenException extends IllegalStateException {

        MissingServiceTokenException() {
            super("This service has no service token for auth (no client secret configured); the AI budget "
                    + "cannot be used");
        }
    }
}
