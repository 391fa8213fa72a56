package com.qh.gateway;

import jakarta.servlet.http.HttpServlet;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A WebSocket service on a real Tomcat, as the notification service will be: on connect it says which query it
 * was opened with, then echoes every text message back prefixed with {@code echo:}.
 */
final class EchoWebSocketService {

    static final String PATH = "/api/v1/notifications/ws";

    private final Tomcat tomcat = new Tomcat();

    EchoWebSocketService() {
        try {
            File base = Files.createTempDirectory("echo-tomcat").toFile();
            tomcat.setBaseDir(base.getAbsolutePath());
            tomcat.setPort(0);
            tomcat.getConnector();
            Context context = tomcat.addContext("", base.getAbsolutePath());
            context.addServletContainerInitializer(new WsSci(), null);
            // Tomcat's WebSocket filter sits in front of a servlet; without one mapped every request is a 404.
            Tomcat.addServlet(context, "none", new HttpServlet() { });
            context.addServletMappingDecoded("/", "none");
            tomcat.start();
            ServerContainer container = (ServerContainer) context.getServletContext()
                    .getAttribute(ServerContainer.class.getName());
            container.addEndpoint(ServerEndpointConfig.Builder.create(Echo.class, PATH).build());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (LifecycleException | jakarta.websocket.DeploymentException e) {
            throw new IllegalStateException("Cannot start the echo service", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    /** The endpoint: one instance per connection. */
    public static final class Echo extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> send(session, "echo:" + text));
            send(session, "query:" + session.getQueryString());
        }

        private static void send(Session session, String text) {
            try {
                session.getBasicRemote().sendText(text);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
