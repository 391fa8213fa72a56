package com.qh.notification.inbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The WebSocket endpoint {@code /api/v1/notifications/ws}. Browsers reach it through the gateway's relay. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class LiveSocketConfiguration implements WebSocketConfigurer {

    static final String PATH = "/api/v1/notifications/ws";

    private final LiveSockets sockets;

    LiveSocketConfiguration(LiveSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(sockets, PATH).addInterceptors(sockets);
    }
}
