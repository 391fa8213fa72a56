package com.qh.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Auth's service-token endpoint ({@code POST /internal/v1/auth/service-token?audience=…}) played by a small HTTP
 * server on a loopback port: it answers every caller with a service token of {@code caller} for the audience asked,
 * signed by {@link TestUsers}' key, so that a service's real {@code ServiceTokens} client can be tested without auth.
 * Point {@code qh.services.auth.url} at {@link #url()}.
 */
public final class ServiceTokenIssuer implements AutoCloseable {

    private final HttpServer server;

    private ServiceTokenIssuer(HttpServer server) {
        this.server = server;
    }

    /** Starts one issuing tokens for the calling service {@code caller}. */
    public static ServiceTokenIssuer start(String caller) {
        TestUsers.service(caller, "warm-up"); // makes the signing key now, not within a caller's deadline
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/internal/v1/auth/service-token", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                String audience = query == null ? "" : query.replaceFirst("^audience=", "");
                byte[] body = ("{\"accessToken\":\"" + TestUsers.service(caller, audience) + "\",\"expiresIn\":900}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new ServiceTokenIssuer(server);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its base address, for {@code qh.services.auth.url}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
