package com.qh.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import com.qh.platform.web.CorrelationId;
import java.util.List;
import java.util.function.Function;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Builds the proxy routes: every path a service owns goes to that service's URL with its path unchanged. The
 * gateway's own headers filters add {@code X-Forwarded-*}; {@code Authorization} passes as sent.
 */
final class ServiceRoutes {

    /** Where every service publishes its OpenAPI document, and under which the gateway republishes them. */
    static final String API_DOCS = "/v3/api-docs";

    private static final String ACTUATOR = "/actuator/**";

    private ServiceRoutes() {
    }

    static RouterFunction<ServerResponse> of(Backends backends) {
        RouterFunction<ServerResponse> routes = null;
        for (Backend backend : backends.all()) {
            if (backend.paths().isEmpty()) {
                continue;
            }
            // A service's actuator (metrics, build info, health details) is for its management port, never the
            // internet: not routed even if a service's paths would cover it (a catch-all /**, say).
            RequestPredicate paths = anyOf(backend.paths()).and(RequestPredicates.path(ACTUATOR).negate());
            if (!backend.websockets().isEmpty()) {
                // The WebSocket relay has those; proxied over HTTP, the upgrade would fail.
                paths = paths.and(anyOf(backend.websockets()).negate());
            }
            RouterFunction<ServerResponse> route = GatewayRouterFunctions.route(backend.name())
                    .route(paths, new Instances(backend.instances()).proxy(http()))
                    .before(passCorrelationId())
                    .onError(BackendFailures::isBackendFailure,
                            (failure, request) -> BackendFailures.answer(backend.name(), failure, request))
                    .build();
            routes = routes == null ? route : routes.and(route);
        }
        return routes;
    }

    /**
     * Everything {@link FallbackPaths} covers to the fallback service (the web app), paths, query, {@code Set-Cookie}
     * and the service's own headers unchanged. Meant to be tried after every other route.
     */
    static RouterFunction<ServerResponse> fallback(Backend backend) {
        RequestPredicate rest = request -> FallbackPaths.covers(request.requestPath().pathWithinApplication()
                .value());
        return GatewayRouterFunctions.route(backend.name() + "-fallback")
                .route(rest, new Instances(backend.instances()).proxy(http()))
                .before(passCorrelationId())
                .onError(BackendFailures::isBackendFailure,
                        (failure, request) -> BackendFailures.answer(backend.name(), failure, request))
                .build();
    }

    /**
     * Each service's OpenAPI document republished as {@code /v3/api-docs/<service>}, so the one Swagger UI on the
     * gateway can list them all from its own origin.
     */
    static RouterFunction<ServerResponse> apiDocs(Backends backends) {
        RouterFunction<ServerResponse> routes = null;
        for (Backend backend : backends.all()) {
            if (backend.apiDocs()) {
                RouterFunction<ServerResponse> route = rewrite(backend, API_DOCS + "/" + backend.name(), API_DOCS);
                routes = routes == null ? route : routes.and(route);
            }
        }
        return routes;
    }

    private static RouterFunction<ServerResponse> rewrite(Backend backend, String gatewayPath, String servicePath) {
        return GatewayRouterFunctions.route(backend.name() + "-" + gatewayPath)
                .GET(gatewayPath, http())
                .before(uri(backend.url()))
                .before(setPath(servicePath))
                .before(passCorrelationId())
                .onError(BackendFailures::isBackendFailure,
                        (failure, request) -> BackendFailures.answer(backend.name(), failure, request))
                .build();
    }

    private static RequestPredicate anyOf(List<String> paths) {
        RequestPredicate predicate = RequestPredicates.path(paths.get(0));
        for (String path : paths.subList(1, paths.size())) {
            predicate = predicate.or(RequestPredicates.path(path));
        }
        return predicate;
    }

    // The client's id may be missing or refused as unsafe; the service must log under the id the gateway uses.
    private static Function<ServerRequest, ServerRequest> passCorrelationId() {
        return request -> CorrelationId.current()
                .filter(id -> !id.equals(request.headers().firstHeader(CorrelationId.HEADER)))
                .map(id -> ServerRequest.from(request).headers(headers -> headers.set(CorrelationId.HEADER, id))
                        .build())
                .orElse(request);
    }
}
