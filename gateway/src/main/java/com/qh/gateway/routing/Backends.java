package com.qh.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every service behind the gateway, joined from {@link GatewayProperties} and {@link ServiceAddresses}. Built once
 * at startup: a service with paths but no address stops the gateway with a message naming the missing setting,
 * rather than failing on the first request.
 */
public final class Backends {

    private final List<Backend> all;

    Backends(GatewayProperties gateway, ServiceAddresses addresses) {
        List<Backend> backends = new ArrayList<>();
        // Sorted by name so route order, the Swagger UI list and health output are stable.
        for (Map.Entry<String, GatewayProperties.Service> entry : new TreeMap<>(gateway.services()).entrySet()) {
            String name = entry.getKey();
            GatewayProperties.Service service = entry.getValue();
            ServiceAddresses.Address address = addresses.services().get(name);
            if (address == null || address.url() == null) {
                throw new IllegalStateException("Service '" + name + "' is routed by qh.gateway.services." + name
                        + " but has no address: set qh.services." + name + ".url");
            }
            List<URI> instances = address.instances().stream().map(Backends::withoutTrailingSlash).toList();
            backends.add(new Backend(name, withoutTrailingSlash(address.url()), instances, service.paths(),
                    service.apiDocs(), service.health(), service.websockets(), service.fallback()));
        }
        List<String> fallbacks = backends.stream().filter(Backend::fallback).map(Backend::name).toList();
        if (fallbacks.size() > 1) {
            throw new IllegalStateException("Only one service can take the paths no other route covers "
                    + "(qh.gateway.services.<name>.fallback), not " + fallbacks);
        }
        this.all = List.copyOf(backends);
    }

    /** The service that takes every path no other route covers (the web app), if one is configured. */
    public java.util.Optional<Backend> fallback() {
        return all.stream().filter(Backend::fallback).findFirst();
    }

    /** All services, ordered by name. */
    public List<Backend> all() {
        return all;
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
