package com.qh.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens shaped like auth's (RS256, issuer {@code qh}, {@code sub}, {@code email}, {@code roles}) for a
 * service's tests, signed by a key that a small HTTP server on loopback publishes as auth would publish its JWKS.
 * {@link QhServiceTest} and {@link QhServiceIT} point the service at it ({@code qh.security.jwks-uri}) unless the
 * test sets that itself.
 */
public final class TestUsers {

    private static final RSAKey KEY = generate();
    private static final String JWKS = new JWKSet(KEY.toPublicJWK()).toString();
    private static volatile HttpServer server;

    private TestUsers() {
    }

    /** Where the JWKS is served; the server starts on first use and lives as long as the JVM. */
    public static synchronized String jwksUri() {
        if (server == null) {
            server = startServer();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A token of an ordinary user. */
    public static String user(UUID userId) {
        return token(userId, "user-" + userId + "@example.org", List.of("USER"));
    }

    /** A token of an administrator. */
    public static String admin(UUID userId) {
        return token(userId, "admin-" + userId + "@example.org", List.of("USER", "ADMIN"));
    }

    /**
     * A service's own token ({@code service:<name>}, role SERVICE) for calls to the service {@code audience}: a
     * service accepts a service token only when its {@code aud} names that service.
     */
    public static String service(String name, String audience) {
        return token("service:" + name, null, List.of("SERVICE"), audience);
    }

    /** A token with these claims, valid for 15 minutes. */
    public static String token(UUID userId, String email, List<String> roles) {
        return token(userId.toString(), email, roles);
    }

    private static String token(String subject, String email, List<String> roles) {
        return token(subject, email, roles, null);
    }

    private static String token(String subject, String email, List<String> roles, String audience) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("qh")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString()).claim("roles", roles);
        if (audience != null) {
            claims.audience(audience);
        }
        if (email != null) {
            claims.claim("email", email).claim("name", email.substring(0, email.indexOf('@')));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-users").generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot make a test signing key", e);
        }
    }

    private static HttpServer startServer() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/.well-known/jwks.json", exchange -> {
                byte[] body = JWKS.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            // A daemon thread: the server must not keep a finished test JVM alive.
            http.setExecutor(command -> {
                Thread thread = new Thread(command, "test-users-jwks");
                thread.setDaemon(true);
                thread.start();
            });
            http.start();
            return http;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the test JWKS", e);
        }
    }
}
