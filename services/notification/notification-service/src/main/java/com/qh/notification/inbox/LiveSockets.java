package com.qh.notification.inbox;

import com.qh.platform.security.HandshakeTokens;
import com.qh.platform.security.TokenDenylist;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>A socket lives no longer than the token it was opened with: a sweep every {@code token-check-interval}
 * (default 500 ms) closes, with code {@value #TOKEN_ENDED} (like HTTP 401), every socket whose token has expired
 * or is on the {@link TokenDenylist} (logout, a disabled or deleted account, a password reset). Without it a
 * socket opened before a logout would keep pushing the user's messages for as long as it stays open. The client
 * then signs in again or refreshes its token and reconnects. The sweep runs on a thread of its own, so a long
 * delivery run on the scheduler cannot hold it up, and asks the denylist once per token, however many sockets
 * share it.
 */
@Component
class LiveSockets extends TextWebSocketHandler implements HandshakeInterceptor, DisposableBean {

    /** The close code of a socket whose token expired or was revoked: 4000 + HTTP 401, as clients expect. */
    static final int TOKEN_ENDED = 4401;

    private static final Logger log = LoggerFactory.getLogger(LiveSockets.class);
    private static final String USER = "qh.userId";
    private static final String TOKEN_ID = "qh.tokenId";
    private static final String EXPIRES_AT = "qh.tokenExpiresAt";

    private final Map<UUID, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final JwtDecoder tokens;
    private final JsonMapper json;
    private final TokenDenylist denylist;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-socket-token-check").daemon().factory());

    LiveSockets(JwtDecoder tokens, JsonMapper json, TokenDenylist denylist, Clock clock,
            @Value("${qh.notification.live.token-check-interval:500ms}") Duration interval) {
        this.tokens = tokens;
        this.json = json;
        this.denylist = denylist;
        this.clock = clock;
        sweeper.scheduleWithFixedDelay(this::closeEndedSessions, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
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
                if (jwt.getId() != null) {
                    attributes.put(TOKEN_ID, jwt.getId());
                }
                attributes.put(EXPIRES_AT, jwt.getExpiresAt() == null ? Instant.MAX : jwt.getExpiresAt());
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
        push(message.userId(), Map.of("type", "notification", "notification", message));
    }

    /** Sends a frame (a JSON object with a {@code type}) to every socket the user has open here. */
    void push(UUID userId, Object frameContent) {
        Set<WebSocketSession> sessions = byUser.get(userId);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        TextMessage frame = new TextMessage(json.writeValueAsString(frameContent));
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

    /** Closes every socket whose token has expired or was revoked; see the class comment. */
    void closeEndedSessions() {
        try {
            Instant now = clock.instant();
            Map<String, Boolean> revoked = new HashMap<>();
            Predicate<String> isRevoked = id -> revoked.computeIfAbsent(id, denylist::isRevoked);
            for (Set<WebSocketSession> sessions : byUser.values()) {
                for (WebSocketSession session : sessions) {
                    CloseStatus ended;
                    try {
                        ended = ended((String) session.getAttributes().get(TOKEN_ID),
                                (Instant) session.getAttributes().get(EXPIRES_AT), now, isRevoked).orElse(null);
                    } catch (RuntimeException unavailable) {
                        // The denylist cannot answer: a socket we cannot vouch for is closed (fail closed); the
                        // client reconnects, and its handshake is checked afresh.
                        log.warn("Cannot check socket tokens, closing socket {}: {}", session.getId(),
                                unavailable.toString());
                        ended = CloseStatus.SERVICE_OVERLOAD.withReason("Token check unavailable");
                    }
                    if (ended != null) {
                        close(session, ended);
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("Socket token sweep failed: {}", e.toString());
        }
    }

    /**
     * Why a socket whose token has {@code tokenId} and {@code expiresAt} must close at {@code now}, if it must: the
     * token expired, or it was revoked.
     */
    static Optional<CloseStatus> ended(String tokenId, Instant expiresAt, Instant now, Predicate<String> revoked) {
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return Optional.of(new CloseStatus(TOKEN_ENDED, "Token expired"));
        }
        if (tokenId != null && revoked.test(tokenId)) {
            return Optional.of(new CloseStatus(TOKEN_ENDED, "Token revoked"));
        }
        return Optional.empty();
    }

    private void close(WebSocketSession session, CloseStatus status) {
        Set<WebSocketSession> sessions = byUser.get(user(session));
        if (sessions != null) {
            sessions.remove(session);
        }
        try {
            session.close(status);
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not close socket {}: {}", session.getId(), e.toString());
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }

    private static UUID user(WebSocketSession session) {
        return (UUID) session.getAttributes().get(USER);
    }
}
