package com.qh.web.live;

import com.qh.web.api.GatewayProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bridges one browser stream to one upstream WebSocket: the notification service's socket (through the gateway),
 * opened with the person's access token in {@code Authorization}. Its frames become stream events carrying only
 * what a page needs: {@code notification} with the new message's id (the page then asks this app for the inbox, so
 * what it shows is rendered, escaped and translated here), and {@code analysis} with a job's id, type, status,
 * progress and step. When either side ends, so does the other: a tab that goes away is noticed at the next
 * heartbeat and its socket closed; a socket the service closes (its token expired or was revoked: 4401) ends the
 * stream, and the browser's reconnect passes through the ordinary token refresh or sign-out.
 */
@Component
class LiveRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_.-]{1,40}");

    private final LiveProperties properties;
    private final URI socket;
    private final JsonMapper json;
    private final HttpClient http;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-heartbeat").daemon().factory());

    LiveRelay(LiveProperties properties, GatewayProperties gateway, JsonMapper json) {
        this.properties = properties;
        this.socket = properties.socketUrl() != null ? properties.socketUrl() : socketOf(gateway.url());
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    /** The gateway's notification socket: {@code ws://} for an {@code http://} gateway, {@code wss://} for https. */
    static URI socketOf(URI gateway) {
        return UriComponentsBuilder.fromUri(gateway).scheme("https".equals(gateway.getScheme()) ? "wss" : "ws")
                .replacePath("/api/v1/notifications/ws").replaceQuery(null).build().toUri();
    }

    /**
     * Relays the socket opened with {@code accessToken} into {@code stream} until either ends.
     *
     * @param headers passed on with the handshake ({@code X-Forwarded-For}, {@code Accept-Language})
     */
    void relay(String accessToken, Map<String, String> headers, SseEmitter stream) {
        new Link(stream).open(accessToken, headers);
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }

    /** One browser stream and its upstream socket. */
    private final class Link implements WebSocket.Listener {

        private final SseEmitter stream;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket upstream;
        private volatile ScheduledFuture<?> heartbeat;

        Link(SseEmitter stream) {
            this.stream = stream;
        }

        void open(String accessToken, Map<String, String> headers) {
            stream.onCompletion(this::close);
            stream.onError(error -> close());
            stream.onTimeout(this::end);
            long every = properties.heartbeat().toMillis();
            heartbeat = heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
            WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(properties.connectTimeout())
                    .header("Authorization", "Bearer " + accessToken);
            headers.forEach(builder::header);
            builder.buildAsync(socket, this).whenComplete((opened, failed) -> {
                if (failed != null) {
                    log.debug("Live socket not opened: {}", failed.toString());
                    end();
                }
                else if (closed.get()) {
                    shut(opened);
                }
            });
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            upstream = webSocket;
            if (closed.get()) {
                shut(webSocket);
                return;
            }
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                forward(frame);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            log.debug("Live socket closed upstream: {} {}", statusCode, reason);
            end();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            log.debug("Live socket failed: {}", error.toString());
            end();
        }

        private void forward(String frame) {
            JsonNode node;
            try {
                node = json.readTree(frame);
            }
            catch (JacksonException notJson) {
                return;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            String event;
            switch (node.path("type").asString("")) {
                case "notification" -> {
                    event = "notification";
                    putId(data, "id", node.path("notification").path("id"));
                }
                case "analysis.progress" -> {
                    event = "analysis";
                    putId(data, "jobId", node.path("jobId"));
                    putWord(data, "jobType", node.path("jobType"));
                    putWord(data, "status", node.path("status"));
                    data.put("progress", Math.max(0, Math.min(100, node.path("progress").asInt(0))));
                    putWord(data, "step", node.path("step"));
                }
                default -> {
                    return;
                }
            }
            send(SseEmitter.event().name(event).data(json.writeValueAsString(data), MediaType.TEXT_PLAIN));
        }

        private void beat() {
            send(SseEmitter.event().comment(""));
        }

        private void send(SseEmitter.SseEventBuilder event) {
            if (closed.get()) {
                return;
            }
            try {
                stream.send(event);
            }
            catch (IOException | IllegalStateException gone) {
                // The tab went away (or the stream is over): nothing more to relay.
                close();
            }
        }

        /** The upstream side ended or failed: the stream ends too, and the browser reconnects. */
        private void end() {
            close();
            try {
                stream.complete();
            }
            catch (IllegalStateException alreadyOver) {
                // Completed already.
            }
        }

        private void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            ScheduledFuture<?> beating = heartbeat;
            if (beating != null) {
                beating.cancel(false);
            }
            WebSocket open = upstream;
            if (open != null) {
                shut(open);
            }
        }

        private void shut(WebSocket socket) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "browser gone")
                    .whenComplete((sent, failed) -> socket.abort());
        }
    }

    private static void putId(Map<String, Object> data, String name, JsonNode value) {
        if (ID.matcher(value.asString("")).matches()) {
            data.put(name, value.asString());
        }
    }

    private static void putWord(Map<String, Object> data, String name, JsonNode value) {
        if (WORD.matcher(value.asString("")).matches()) {
            data.put(name, value.asString());
        }
    }
}
