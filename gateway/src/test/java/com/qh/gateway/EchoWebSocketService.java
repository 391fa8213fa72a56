package com.qh.gateway;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A WebSocket service on a real Tomcat, as the notification service will be: on connect it says which query it
 * was opened with, then echoes every text message back prefixed with {@code echo:}. A handshake whose
 * {@code access_token} was {@linkplain #refuse refused} is answered as notification answers a revoked token: the
 * status alone, no body.
 */
final class EchoWebSocketService {

    static final String PATH = "/api/v1/notifications/ws";

    private final Tomcat tomcat = new Tomcat();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    EchoWebSocketService() {
        try {
            File base = Files.createTempDirectory("echo-tomcat").toFile();
            tomcat.setBaseDir(base.getAbsolutePath());
            tomcat.setPort(0);
            tomcat.getConnector();
            Context context = tomcat.addContext("", base.getAbsolutePath());
            // Declared before start, so it runs before the WebSocket filter Tomcat adds while starting.
            FilterDef refusing = new FilterDef();
            refusing.setFilterName("refusals");
            refusing.setFilter(new Refusals(refusals));
            context.addFilterDef(refusing);
            FilterMap everything = new FilterMap();
            everything.setFilterName("refusals");
            everything.addURLPattern("/*");
            context.addFilterMap(everything);
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

    /** From now on, handshakes with this access token are answered with this status. */
    void refuse(String accessToken, int status) {
        refusals.put(accessToken, status);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
    }

    /** Answers a refused token's handshake with its status before the WebSocket filter upgrades it. */
    private record Refusals(Map<String, Integer> byToken) implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String token = request.getParameter("access_token");
            Integer status = token == null ? null : byToken.get(token);
            if (status != null) {
                ((HttpServletResponse) response).setStatus(status);
                return;
            }
            chain.doFilter(request, response);
        }
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
