package com.qh.gateway.websocket;

import com.qh.platform.security.HandshakeTokens;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Refuses a WebSocket handshake without a valid access token before anything is upgraded or relayed. Browsers
 * cannot set {@code Authorization} on a WebSocket, so the token may come as the {@code access_token} query
 * parameter; the service checks it again itself.
 */
final class TokenHandshakeInterceptor implements HandshakeInterceptor {

    private final JwtDecoder tokens;

    TokenHandshakeInterceptor(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String token = HandshakeTokens.of(request.getHeaders(), request.getURI()).orElse(null);
        if (token == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        try {
            tokens.decode(token);
            return true;
        }
        catch (JwtException e) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // Nothing to clean up.
    }
}
