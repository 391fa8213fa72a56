package com.qh.gateway.routing;

import java.net.URI;
import java.util.List;

/**
 * A service behind the gateway with everything needed to route to it and to check it.
 *
 * @param name service name, as in {@code qh.services.<name>}
 * @param url where it listens
 * @param instances where each of its instances listens, tried in turn ({@code url} alone unless configured)
 * @param paths path patterns it owns
 * @param apiDocs whether it publishes {@code /v3/api-docs}
 * @param health whether the gateway's readiness depends on it
 * @param websockets exact paths relayed to it as WebSockets
 * @param fallback whether it takes every path {@link FallbackPaths} covers that no other route does
 */
public record Backend(String name, URI url, List<URI> instances, List<String> paths, boolean apiDocs, boolean health,
        List<String> websockets, boolean fallback) {

    public Backend {
        instances = instances.isEmpty() ? List.of(url) : List.copyOf(instances);
        paths = List.copyOf(paths);
        websockets = List.copyOf(websockets);
    }
}
