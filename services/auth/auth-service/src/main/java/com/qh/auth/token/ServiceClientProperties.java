package com.qh.auth.token;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The QH services allowed to obtain service tokens, each with its own secret, so one leaked secret lets its
 * holder act as that one service only. Set as {@code qh.auth.service-clients.<name>.secret} (environment:
 * {@code QH_AUTH_SERVICE_CLIENTS_<NAME>_SECRET}); the default run's launcher generates them.
 *
 * @param serviceClients service name to its credentials
 */
@ConfigurationProperties("qh.auth")
public record ServiceClientProperties(@DefaultValue Map<String, Client> serviceClients) {

    /** @param secret what the service presents; at least 32 characters */
    public record Client(String secret) {
    }
}
