package com.qh.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * The gateway's notification WebSocket ({@code /api/v1/notifications/ws}) as the web app meets it: a real WebSocket
 * server (an embedded Tomcat with its Jakarta WebSocket container) in the test's JVM. It records each handshake's
 * headers and query, keeps the open sockets, and pushes the frames a test hands it, as the notification service would.
 */
final class GatewaySocket {

    static final String PATH = "/api/v1/notifications/ws";

    /** One handshake as it arrived. */
    record Handshake(Map<String, List<String>> headers, String query) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    final BlockingQueue<Handshake> handshakes = new LinkedBlockingQueue<>();
    final Set<Session> open = ConcurrentHashMap.newKeySet();
    private Tomcat tomcat;

    GatewaySocket start() {
        try {
            tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("gateway-socket").toString());
            tomcat.setHostname("localhost");
            tomcat.getConnector().setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("", null);
            ServletContainerInitializer sockets = (classes, servletContext) -> {
                new WsSci().onStartup(null, servletContext);
                ServerContainer container = (ServerContainer) servletContext.getAttribute(
                        ServerContainer.class.getName());
                try {
                    container.addEndpoint(ServerEndpointConfig.Builder.create(Notifications.class, PATH)
                            .configurator(new Recorder()).build());
                }
                catch (jakarta.websocket.DeploymentException e) {
                    throw new IllegalStateException(e);
                }
            };
            context.addServletContainerInitializer(sockets, null);
            // Tomcat runs filters (the WebSocket upgrade is one) only for a request some servlet is mapped to.
            Tomcat.addServlet(context, "nothing", new HttpServlet() {
            });
            context.addServletMappingDecoded("/", "nothing");
            tomcat.start();
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + tomcat.getConnector().getLocalPort() + PATH;
    }

    /** Sends a frame to every open socket, as the service pushes to a user's sockets. */
    void push(String frame) {
        for (Session session : open) {
            try {
                session.getBasicRemote().sendText(frame);
            }
            catch (IOException | IllegalStateException closing) {
                // A socket whose tab just went away, as the service meets them too.
            }
        }
    }

    /** Closes every open socket with {@code code}, as the service does when a socket's token ends (4401). */
    void closeAll(int code, String reason) {
        for (Session session : open) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
            catch (IOException | IllegalStateException closing) {
                // Closed already.
            }
        }
    }

    void reset() {
        handshakes.clear();
        closeAll(1001, "test over");
        open.clear();
    }

    private final class Recorder extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
                HandshakeResponse response) {
            handshakes.add(new Handshake(Map.copyOf(request.getHeaders()), request.getQueryString()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return (T) new Notifications();
        }
    }

    private final class Notifications extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            open.add(session);
        }

        @Override
        public void onClose(Session session, CloseReason closeReason) {
            open.remove(session);
        }

        @Override
        public void onError(Session session, Throwable error) {
            open.remove(session);
        }
    }
}
