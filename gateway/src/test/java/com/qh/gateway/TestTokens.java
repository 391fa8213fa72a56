package com.qh.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Access tokens as auth would sign them, and the forged kinds the gateway must refuse. */
final class TestTokens {

    static final String ISSUER = "qh";

    private static final RSAKey AUTH_KEY = generate("auth-key-1");
    private static final RSAKey STRANGER_KEY = generate("auth-key-1");

    private TestTokens() {
    }

    /** What auth publishes at {@code /.well-known/jwks.json}. */
    static String jwks() {
        return new JWKSet(AUTH_KEY.toPublicJWK()).toString();
    }

    static String validToken(String subject) {
        return sign(AUTH_KEY, claims(subject, Instant.now().plus(Duration.ofMinutes(15))));
    }

    static String tokenExpiringAt(String subject, Instant expiresAt) {
        return sign(AUTH_KEY, claims(subject, expiresAt));
    }

    static String expiredToken(String subject) {
        return sign(AUTH_KEY, claims(subject, Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** A valid token whose payload was edited afterwards to claim the ADMIN role. */
    static String tamperedToken(String subject) {
        String[] parts = validToken(subject).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The {@code alg: none} trick: no signature at all. */
    static String unsignedToken(String subject) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(subject, Instant.now().plus(Duration.ofMinutes(15))).toString()
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** Signed with a key auth never published, under the same key id. */
    static String tokenSignedByStranger(String subject) {
        return sign(STRANGER_KEY, claims(subject, Instant.now().plus(Duration.ofMinutes(15))));
    }

    static String newUserId() {
        return UUID.randomUUID().toString();
    }

    private static JWTClaimsSet claims(String subject, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", "jane@example.org")
                .claim("roles", List.of("USER"))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
