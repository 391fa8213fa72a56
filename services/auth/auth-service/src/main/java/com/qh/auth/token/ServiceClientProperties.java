package com.qh.auth.token;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The QH services allowed to obtain service tokens, each with its own secret, so one leaked secret lets its
 * holder act as that one service only. Set as {@code qh.auth.service-clients.<name>.secret} (environment:
 * {@code QH_AUTH_SERVICE_CLIENTS_<NAME>_SECRET}); the default run's launcher generates them.
 *
 * @param serviceClients service name to its credentials
 * @param serviceAudiences the services a service token may be issued for ({@code aud}) when a client names none
 *        of its own. {@code auth} is one since issue 16: services report AI usage to it; auth takes service tokens
 *        at its {@code /internal/v1/ai/...} endpoints only (every other endpoint wants a person or an admin)
 */
@ConfigurationProperties("qh.auth")
public record ServiceClientProperties(
        @DefaultValue Map<String, Client> serviceClients,
        @DefaultValue({ "profile", "vacancy", "document", "notification", "auth" }) List<String> serviceAudiences) {

    /** This service's name, the audience of service tokens meant for it. */
    static final String AUTH = "auth";

    /**
     * @param secret what the service presents; at least 32 characters
     * @param audiences the services this client may ask tokens for; empty means every one of
     *        {@code qh.auth.service-audiences}
     */
    public record Client(String secret, @DefaultValue List<String> audiences) {
    }

    /** Whether {@code client} may get a token for {@code audience}. */
    boolean allows(Client client, String audience) {
        if (audience == null) {
            return false;
        }
        List<String> allowed = client.audiences() == null || client.audiences().isEmpty() ? serviceAudiences
                : client.audiences();
        return Set.copyOf(allowed).contains(audience);
    }
}
