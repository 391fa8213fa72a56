package com.qh.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access token of a WebSocket handshake: {@code Authorization: Bearer ...} when the client could set it,
 * otherwise the {@code access_token} query parameter, since browsers cannot set headers on a WebSocket.
 * Spring Security's {@link DefaultBearerTokenResolver} reads it, as it does for every other request (RFC 6750):
 * a malformed header, an empty or repeated parameter, or a token sent both ways is no token.
 */
public final class HandshakeTokens {

    /** The query parameter a browser puts its access token in. */
    public static final String PARAMETER = "access_token";

    private static final BearerTokenResolver RESOLVER = resolver();

    private HandshakeTokens() {
    }

    /** The token the handshake carries, if any. */
    public static Optional<String> of(HttpHeaders headers, URI uri) {
        try {
            return Optional.ofNullable(RESOLVER.resolve(handshake(headers, uri)));
        }
        catch (OAuth2AuthenticationException e) {
            return Optional.empty();
        }
    }

    private static BearerTokenResolver resolver() {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        resolver.setAllowUriQueryParameter(true);
        return resolver;
    }

    /**
     * The handshake as the resolver reads it: its headers, its method (always GET, RFC 6455) and its query
     * parameters, taken as they stand in the URI. Callers hold Spring's {@code ServerHttpRequest}, not the servlet
     * request the resolver takes; nothing else of it is needed, so anything else is refused.
     */
    private static HttpServletRequest handshake(HttpHeaders headers, URI uri) {
        Map<String, List<String>> parameters = UriComponentsBuilder.fromUri(uri).build().getQueryParams();
        return (HttpServletRequest) Proxy.newProxyInstance(HandshakeTokens.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.getFirst((String) args[0]);
                    case "getMethod" -> "GET";
                    case "getParameterValues" -> Optional.ofNullable(parameters.get((String) args[0]))
                            .map(values -> values.stream().map(value -> value == null ? "" : value)
                                    .toArray(String[]::new))
                            .orElse(null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
