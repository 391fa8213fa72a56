package com.qh.gateway.websocket;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays one path's WebSocket connections to a service. The connection to the service is opened during the
 * browser's handshake, so the browser's {@code 101} means the service already holds its socket: nothing the
 * service sends right after is lost (it is kept until the browser's side is ready), and a service that cannot be
 * reached answers the handshake with 503, and one that refuses it (a revoked token) with its own 4xx, as a
 * problem document either way. Then every frame passes across in both directions, and each side closes
 * when the other does. Sends go through {@link ConcurrentWebSocketSessionDecorator}, so a slow browser is cut off
 * instead of blocking the service's side.
 */
final class WebSocketRelay implements WebSocketHandler, HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(WebSocketRelay.class);
    private static final String UPSTREAM = "qh.relay.upstream";
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    /** Request headers the service needs to see as the gateway's HTTP routes would pass them. */
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "X-Correlation-Id",
            "Accept-Language", "User-Agent");

    private final String service;
    private final URI serviceUrl;
    private final WebSocketClient client;
    private final JsonMapper json;
    private final Map<String, WebSocketSession> upstreams = new ConcurrentHashMap<>();

    WebSocketRelay(String service, URI serviceUrl, WebSocketClient client, JsonMapper json) {
        this.service = service;
        this.serviceUrl = serviceUrl;
        this.client = client;
        this.json = json;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) throws IOException {
        URI target = target(request.getURI());
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        FORWARDED_HEADERS.forEach(name -> {
            String value = request.getHeaders().getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        });
        if (request.getRemoteAddress() != null) {
            headers.set("X-Forwarded-For", request.getRemoteAddress().getAddress().getHostAddress());
        }
        Upstream upstream = new Upstream();
        try {
            WebSocketSession session = client.execute(upstream, headers, target)
                    .get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            attributes.put(UPSTREAM, new Connected(session, upstream));
            return true;
        }
        catch (ExecutionException e) {
            HandshakeRefusals.write(response, refusal(e, target, request), json);
            return false;
        }
        catch (TimeoutException e) {
            log.warn("No WebSocket from {} at {} within {} s", service, target.getPath(), CONNECT_TIMEOUT_SECONDS);
            HandshakeRefusals.write(response, unavailable(request), json);
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HandshakeRefusals.write(response, unavailable(request), json);
            return false;
        }
    }

    /**
     * What to tell the browser when the service's side could not be opened. A service that refused the handshake
     * (a revoked token, a disabled user: 4xx) is the caller's problem and is passed on with the same status; only
     * a service that cannot be reached is a 503, and one that failed (5xx) a 502.
     */
    private ProblemDetail refusal(ExecutionException failure, URI target, ServerHttpRequest request) {
        OptionalInt answered = HandshakeRefusals.statusAnswered(failure);
        if (answered.isEmpty()) {
            log.warn("Cannot open a WebSocket to {} at {}: {}", service, target.getPath(), failure.getCause());
            return unavailable(request);
        }
        int status = answered.getAsInt();
        if (status == 401) {
            return HandshakeRefusals.unauthorized("The " + service + " service refused the access token: it is "
                    + "invalid, expired or revoked. Sign in again.", request);
        }
        if (status == 403) {
            return HandshakeRefusals.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The " + service + " service refused this WebSocket.", request);
        }
        if (status >= 400 && status < 500) {
            return HandshakeRefusals.problem(HttpStatusCode.valueOf(status), "websocket-refused",
                    "WebSocket refused", "The " + service + " service refused this WebSocket with status "
                            + status + ".", request);
        }
        log.warn("The {} service answered a WebSocket handshake at {} with {}", service, target.getPath(), status);
        ProblemDetail problem = HandshakeRefusals.problem(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
                "The " + service + " service could not open this WebSocket.", request);
        problem.setProperty("service", service);
        return problem;
    }

    private ProblemDetail unavailable(ServerHttpRequest request) {
        ProblemDetail problem = HandshakeRefusals.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", "The " + service + " service is not available right now. Try again in a "
                        + "moment.", request);
        problem.setProperty("service", service);
        return problem;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // The upstream is taken over in afterConnectionEstablished, or closed there if the upgrade failed.
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession browser) throws Exception {
        Connected connected = (Connected) browser.getAttributes().remove(UPSTREAM);
        if (connected == null) {
            browser.close(CloseStatus.SERVER_ERROR);
            return;
        }
        upstreams.put(browser.getId(), new ConcurrentWebSocketSessionDecorator(connected.session(),
                SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES));
        connected.handler().attach(new ConcurrentWebSocketSessionDecorator(browser, SEND_TIME_LIMIT_MS,
                BUFFER_LIMIT_BYTES));
    }

    @Override
    public void handleMessage(WebSocketSession browser, WebSocketMessage<?> message) throws Exception {
        WebSocketSession upstream = upstreams.get(browser.getId());
        if (upstream != null && upstream.isOpen()) {
            upstream.sendMessage(message);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession browser, Throwable exception) throws Exception {
        closeUpstream(browser, CloseStatus.GOING_AWAY);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession browser, CloseStatus status) throws Exception {
        closeUpstream(browser, sendable(status));
    }

    @Override
    public boolean supportsPartialMessages() {
        return false;
    }

    private void closeUpstream(WebSocketSession browser, CloseStatus status) throws IOException {
        WebSocketSession upstream = upstreams.remove(browser.getId());
        if (upstream != null && upstream.isOpen()) {
            upstream.close(status);
        }
    }

    private URI target(URI browserUri) {
        String scheme = "https".equals(serviceUrl.getScheme()) ? "wss" : "ws";
        return UriComponentsBuilder.fromUri(serviceUrl).scheme(scheme).replacePath(browserUri.getRawPath())
                .replaceQuery(browserUri.getRawQuery()).build(true).toUri();
    }

    // 1005 (no status) and 1006 (abnormal) describe what happened but may not be sent in a close frame.
    private static CloseStatus sendable(CloseStatus status) {
        return status.getCode() == 1005 || status.getCode() == 1006 ? CloseStatus.GOING_AWAY : status;
    }

    private record Connected(WebSocketSession session, Upstream handler) {
    }

    /**
     * The service's side of one connection: everything it sends goes to the browser; what arrives before the
     * browser's side is ready waits, in order.
     */
    private static final class Upstream implements WebSocketHandler {

        private final List<WebSocketMessage<?>> early = new ArrayList<>();
        private WebSocketSession downstream;
        private CloseStatus closedEarly;

        synchronized void attach(WebSocketSession browser) throws IOException {
            downstream = browser;
            for (WebSocketMessage<?> message : early) {
                browser.sendMessage(message);
            }
            early.clear();
            if (closedEarly != null) {
                browser.close(sendable(closedEarly));
            }
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            // Nothing to set up: frames are passed on as they come.
        }

        @Override
        public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
            WebSocketSession browser;
            synchronized (this) {
                if (downstream == null) {
                    early.add(message);
                    return;
                }
                browser = downstream;
            }
            if (browser.isOpen()) {
                browser.sendMessage(message);
            }
        }

        @Override
        public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
            afterConnectionClosed(session, CloseStatus.SERVER_ERROR);
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
            WebSocketSession browser;
            synchronized (this) {
                if (downstream == null) {
                    closedEarly = status;
                    return;
                }
                browser = downstream;
            }
            if (browser.isOpen()) {
                browser.close(sendable(status));
            }
        }

        @Override
        public boolean supportsPartialMessages() {
            return false;
        }
    }
}
