package com.qh.platform.security;

import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access token of a WebSocket handshake: {@code Authorization: Bearer ...} when the client could set it,
 * otherwise the {@code access_token} query parameter, since browsers cannot set headers on a WebSocket.
 */
public final class HandshakeTokens {

    /** The query parameter a browser puts its access token in. */
    public static final String PARAMETER = "access_token";

    private HandshakeTokens() {
    }

    /** The token the handshake carries, if any. */
    public static Optional<String> of(HttpHeaders headers, URI uri) {
        String header = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip()).filter(token -> !token.isEmpty());
        }
        String parameter = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(PARAMETER);
        return Optional.ofNullable(parameter).filter(token -> !token.isBlank());
    }
}
