package com.qh.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Access tokens shaped like auth's (RS256, issuer {@code qh}, {@code sub}, {@code email}, {@code name},
 * {@code roles}, {@code jti}), signed by a key of the harness's own that it publishes as a JWKS on loopback, as the
 * services' tests do with {@code TestUsers}. The services under test are pointed at it with
 * {@code QH_SECURITY_JWKS_URI}; they verify signature, issuer, expiry and the denylist exactly as with auth's tokens.
 * A thousand users cost a thousand RSA signatures (a second or two) instead of a thousand Argon2 sign-ins.
 */
final class BenchTokens implements AutoCloseable {

    private static final String KEY_ID = "qh-bench";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair key;
    private final HttpServer server;

    BenchTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA key generator", e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the JWKS", e);
        }
        byte[] jwks = jwks().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    /** Where the public key is published. */
    String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The public key as a JWK set. */
    String jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, unsigned(publicKey.getModulus()), unsigned(publicKey.getPublicExponent()));
    }

    /** An ordinary user's access token, valid for {@code lifetime}. */
    String user(UUID userId, Duration lifetime) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String claims = """
                {"sub":"%s","iss":"qh","iat":%d,"exp":%d,"jti":"%s","roles":["USER"],\
                "email":"bench-%s@example.org","name":"bench-%s"}""".formatted(userId, now.getEpochSecond(),
                now.plus(lifetime).getEpochSecond(), UUID.randomUUID(), userId, userId);
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** The key that verifies the tokens, for tests. */
    RSAPublicKey publicKey() {
        return (RSAPublicKey) key.getPublic();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // JWK wants the big-endian magnitude without the sign byte BigInteger adds when the top bit is set.
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }
}
