package com.qh.gateway.websocket;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Relays one path's WebSocket connections to a service: for each browser connection it opens one to the service
 * with the same path and query, then passes every frame across in both directions and closes each side when the
 * other closes. Sends go through {@link ConcurrentWebSocketSessionDecorator}, so a slow browser is cut off instead
 * of blocking the service's side.
 */
final class WebSocketRelay implements WebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(WebSocketRelay.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;
    private static final long CONNECT_TIMEOUT_SECONDS = 5;
    /** Request headers the service needs to see as the gateway's HTTP routes would pass them. */
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "X-Correlation-Id",
            "Accept-Language", "User-Agent");

    private final String service;
    private final URI serviceUrl;
    private final WebSocketClient client;
    private final Map<String, WebSocketSession> upstreams = new ConcurrentHashMap<>();

    WebSocketRelay(String service, URI serviceUrl, WebSocketClient client) {
        this.service = service;
        this.serviceUrl = serviceUrl;
        this.client = client;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession browser) throws Exception {
        WebSocketSession downstream = new ConcurrentWebSocketSessionDecorator(browser, SEND_TIME_LIMIT_MS,
                BUFFER_LIMIT_BYTES);
        URI target = target(browser.getUri());
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        FORWARDED_HEADERS.forEach(name -> {
            String value = browser.getHandshakeHeaders().getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        });
        if (browser.getRemoteAddress() != null) {
            headers.set("X-Forwarded-For", browser.getRemoteAddress().getAddress().getHostAddress());
        }
        try {
            WebSocketSession upstream = client.execute(new Upstream(downstream), headers, target)
                    .get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            upstreams.put(browser.getId(), new ConcurrentWebSocketSessionDecorator(upstream, SEND_TIME_LIMIT_MS,
                    BUFFER_LIMIT_BYTES));
        }
        catch (ExecutionException | TimeoutException e) {
            log.warn("Cannot open a WebSocket to {} at {}: {}", service, target.getPath(), e.toString());
            browser.close(CloseStatus.SERVICE_RESTARTED.withReason(service + " is not available; reconnect later"));
        }
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

    /** Connections open through this relay right now. */
    int openConnections() {
        return upstreams.size();
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

    /** The service's side of one connection: everything it sends goes to the browser. */
    private static final class Upstream implements WebSocketHandler {

        private final WebSocketSession downstream;

        Upstream(WebSocketSession downstream) {
            this.downstream = downstream;
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            // Nothing to set up: whatever the service sends goes straight to the browser.
        }

        @Override
        public void handleMessage(WebSocketSession session, WebSocketMessage<?> message) throws Exception {
            if (downstream.isOpen()) {
                downstream.sendMessage(message);
            }
        }

        @Override
        public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
            if (downstream.isOpen()) {
                downstream.close(CloseStatus.SERVER_ERROR);
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
            if (downstream.isOpen()) {
                downstream.close(sendable(status));
            }
        }

        @Override
        public boolean supportsPartialMessages() {
            return false;
        }
    }
}
