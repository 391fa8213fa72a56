package com.qh.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service listens: {@code qh.services.<name>.url}, the property the launcher and deployments set for
 * every application (the platform starter reads the same one for its service clients).
 *
 * @param services address by service name
 */
@ConfigurationProperties("qh")
public record ServiceAddresses(@DefaultValue Map<String, Address> services) {

    /**
     * One service's address.
     *
     * @param url base URL, without a path ({@code http://localhost:8081})
     * @param instances base URLs of each instance when the gateway itself spreads requests over several (a service
     *     started twice on one machine); empty when {@code url} is the one address (a Kubernetes Service, say)
     */
    public record Address(URI url, @DefaultValue List<URI> instances) {
    }
}
