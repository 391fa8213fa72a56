package com.qh.gateway.websocket;

import com.qh.platform.security.HandshakeTokens;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a WebSocket handshake without a valid access token before anything is upgraded or relayed, with a 401
 * problem document. Browsers cannot set {@code Authorization} on a WebSocket, so the token may come as the
 * {@code access_token} query parameter; the service checks it again itself (and knows of revocations the
 * gateway may not have heard of).
 */
final class TokenHandshakeInterceptor implements HandshakeInterceptor {

    private final JwtDecoder tokens;
    private final JsonMapper json;

    TokenHandshakeInterceptor(JwtDecoder tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        String token = HandshakeTokens.of(request.getHeaders(), request.getURI()).orElse(null);
        if (token == null) {
            HandshakeRefusals.write(response, HandshakeRefusals.unauthorized("This needs an access token: send "
                    + "'Authorization: Bearer <token>' or the access_token query parameter.", request), json);
            return false;
        }
        try {
            tokens.decode(token);
            return true;
        }
        catch (JwtException e) {
            HandshakeRefusals.write(response, HandshakeRefusals.unauthorized(
                    "The access token is invalid, expired or revoked. Sign in again.", request), json);
            return false;
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // Nothing to clean up.
    }
}
