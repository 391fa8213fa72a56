package com.qh.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.HttpHost;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One way into one service: which requests it takes (path patterns matched as Spring MVC's routes match them,
 * against the raw path within the application) and the path they get at the service.
 */
final class Route {

    /** Where every service publishes its OpenAPI document, and under which the gateway republishes them. */
    static final String API_DOCS = "/v3/api-docs";

    // A service's actuator (metrics, build info, health details) is for its management port, never the internet:
    // not routed even if a service's paths would cover it (a catch-all /**, say).
    private static final PathPattern ACTUATOR = parse("/actuator/**");

    final String service;
    final Instances instances;
    private final List<PathPattern> paths;
    private final List<PathPattern> excluded;
    private final boolean fallback;
    private final String onlyMethod;
    private final String servicePath;

    private Route(String service, Instances instances, List<PathPattern> paths, List<PathPattern> excluded,
            boolean fallback, String onlyMethod, String servicePath) {
        this.service = service;
        this.instances = instances;
        this.paths = paths;
        this.excluded = excluded;
        this.fallback = fallback;
        this.onlyMethod = onlyMethod;
        this.servicePath = servicePath;
    }

    /**
     * Every route, in the order they are tried: each service's paths (services by name; never its actuator, nor
     * the paths whose WebSockets the relay carries), then the API documents republished as
     * {@code /v3/api-docs/<service>} (when {@code apiDocs}), then the fallback service (the web app) for every path
     * {@link FallbackPaths} covers.
     */
    static List<Route> of(Backends backends, boolean apiDocs) {
        List<Route> routes = new ArrayList<>();
        for (Backend backend : backends.all()) {
            if (!backend.paths().isEmpty()) {
                List<PathPattern> excluded = new ArrayList<>(List.of(ACTUATOR));
                backend.websockets().forEach(path -> excluded.add(parse(path)));
                routes.add(new Route(backend.name(), instancesOf(backend), backend.paths().stream()
                        .map(Route::parse).toList(), List.copyOf(excluded), false, null, null));
            }
        }
        if (apiDocs) {
            for (Backend backend : backends.all()) {
                if (backend.apiDocs()) {
                    routes.add(new Route(backend.name(), new Instances(List.of(HttpHost.create(backend.url()))),
                            List.of(parse(API_DOCS + "/" + backend.name())), List.of(), false, "GET", API_DOCS));
                }
            }
        }
        backends.fallback().ifPresent(backend -> routes.add(
                new Route(backend.name(), instancesOf(backend), List.of(), List.of(), true, null, null)));
        return List.copyOf(routes);
    }

    private static Instances instancesOf(Backend backend) {
        return new Instances(backend.instances().stream().map(HttpHost::create).toList());
    }

    // As RequestPredicates.path(...) parses them.
    private static PathPattern parse(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }

    /** Whether this route takes a request with {@code method} for {@code path}, the raw path within the application. */
    boolean takes(String method, PathContainer path) {
        if (onlyMethod != null && !onlyMethod.equals(method)) {
            return false;
        }
        if (fallback) {
            return FallbackPaths.covers(path);
        }
        for (PathPattern pattern : excluded) {
            if (pattern.matches(path)) {
                return false;
            }
        }
        for (PathPattern pattern : paths) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** The path and query to ask the service for: the request's own, raw, unless this route gives another path. */
    String target(String rawPath, String rawQuery) {
        String path = servicePath != null ? servicePath : rawPath;
        return rawQuery == null ? path : path + "?" + rawQuery;
    }
}
