package com.qh.gateway.websocket;

import com.qh.gateway.cors.CorsProperties;
import com.qh.gateway.routing.Backend;
import com.qh.gateway.routing.Backends;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * One relay per WebSocket path a service declares ({@code qh.gateway.services.<name>.websockets}), open to the
 * same origins as the gateway's CORS settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketRelayConfiguration implements WebSocketConfigurer {

    private final Backends backends;
    private final CorsProperties cors;
    private final JwtDecoder tokens;
    private final JsonMapper json;

    WebSocketRelayConfiguration(Backends backends, CorsProperties cors, JwtDecoder tokens, JsonMapper json) {
        this.backends = backends;
        this.cors = cors;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        StandardWebSocketClient client = new StandardWebSocketClient();
        for (Backend backend : backends.all()) {
            for (String path : backend.websockets()) {
                WebSocketRelay relay = new WebSocketRelay(backend.name(), backend.url(), client, json);
                // The token first: nothing reaches the service for a handshake without one.
                registry.addHandler(relay, path).addInterceptors(new TokenHandshakeInterceptor(tokens, json), relay)
                        .setAllowedOrigins(cors.allowedOrigins().toArray(String[]::new))
                        .setAllowedOriginPatterns(cors.allowedOriginPatterns().toArray(String[]::new));
            }
        }
    }
}
