package com.qh.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Signs access tokens shaped like auth's, with a key the tests publish as a JWKS. */
public final class TestTokens {

    private final RSAKey key;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String user(UUID id, String... roles) {
        return sign(claims(id.toString(), Instant.now().plus(Duration.ofMinutes(15)), "qh", roles).build());
    }

    public String expiredUser(UUID id) {
        return sign(claims(id.toString(), Instant.now().minus(Duration.ofMinutes(5)), "qh", "USER").build());
    }

    public String withIssuer(UUID id, String issuer) {
        return sign(claims(id.toString(), Instant.now().plus(Duration.ofMinutes(15)), issuer, "USER").build());
    }

    public String withId(UUID id, String tokenId) {
        return sign(claims(id.toString(), Instant.now().plus(Duration.ofMinutes(15)), "qh", "USER")
                .jwtID(tokenId).build());
    }

    /** A service's own token ({@code service:<name>}, role SERVICE), meant for the service {@code audience}. */
    public String service(String name, String audience) {
        JWTClaimsSet.Builder claims = claims("service:" + name, Instant.now().plus(Duration.ofMinutes(15)), "qh",
                "SERVICE");
        return sign((audience == null ? claims : claims.audience(audience)).build());
    }

    /** The same claims as a valid token, but unsigned: {@code alg: none}. */
    public String unsigned(UUID id) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = b64.encodeToString(claims(id.toString(), Instant.now().plus(Duration.ofMinutes(15)), "qh",
                "USER", "ADMIN").build().toString().getBytes());
        return header + "." + payload + ".";
    }

    /** A valid token with one character of its payload changed, so the signature no longer matches. */
    public String tampered(UUID id) {
        String token = user(id, "USER");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"USER\"", "\"ADMIN\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
                + parts[2];
    }

    private static JWTClaimsSet.Builder claims(String subject, Instant expiry, String issuer, String... roles) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(new Date())
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", "ada@example.org")
                .claim("name", "Ada")
                .claim("roles", List.of(roles));
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
