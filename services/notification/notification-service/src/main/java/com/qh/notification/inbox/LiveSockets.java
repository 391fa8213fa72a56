package com.qh.notification.inbox;

import com.qh.platform.security.HandshakeTokens;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open WebSockets of this instance, by user. A handshake needs a valid access token (the {@code access_token}
 * query parameter, or {@code Authorization}); each new inbox message of the user is sent to all of their sockets
 * as {@code {"type": "notification", ...}}.
 */
@Component
class LiveSockets extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(LiveSockets.class);
    private static final String USER = "qh.userId";

    private final Map<UUID, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final JwtDecoder tokens;
    private final JsonMapper json;

    LiveSockets(JwtDecoder tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String token = HandshakeTokens.of(request.getHeaders(), request.getURI()).orElse(null);
        try {
            Jwt jwt = token == null ? null : tokens.decode(token);
            UUID user = jwt == null ? null : UUID.fromString(jwt.getSubject());
            if (user != null) {
                attributes.put(USER, user);
                return true;
            }
        }
        catch (JwtException | IllegalArgumentException e) {
            log.debug("WebSocket handshake refused: {}", e.getMessage());
        }
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // Nothing to do.
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        byUser.computeIfAbsent(user(session), id -> ConcurrentHashMap.newKeySet())
                .add(new ConcurrentWebSocketSessionDecorator(session, 10_000, 256 * 1024));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Set<WebSocketSession> sessions = byUser.get(user(session));
        if (sessions != null) {
            sessions.removeIf(open -> open.getId().equals(session.getId()));
        }
    }

    /** Sends a message to every socket its user has open here. */
    void push(InboxMessage message) {
        Set<WebSocketSession> sessions = byUser.get(message.userId());
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        TextMessage frame = new TextMessage(json.writeValueAsString(Map.of("type", "notification",
                "notification", message)));
        for (WebSocketSession session : sessions) {
            try {
                if (session.isOpen()) {
                    session.sendMessage(frame);
                }
            }
            catch (IOException | IllegalStateException e) {
                log.debug("Could not push to socket {}: {}", session.getId(), e.toString());
            }
        }
    }

    /** Open sockets on this instance. */
    int openSockets() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    private static UUID user(WebSocketSession session) {
        return (UUID) session.getAttributes().get(USER);
    }
}
