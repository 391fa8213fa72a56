package com.qh.launcher.hostile;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qh.launcher.AuthSigningKey;
import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.User;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens an attacker would try: unsigned, signed with the public key as an HMAC secret, signed by a key of their own
 * (named by {@code kid}, embedded as {@code jwk}, or pointed to by {@code jku}), and tokens signed with auth's real key
 * (read from its database and key file, as an attacker holding both could) whose claims are wrong: expired, another
 * issuer, an unknown key id.
 */
final class Forgery {

    private final RSAKey published;
    private final AuthSigningKey authKey;
    private final String authKid;
    private final RSAKey attackerKey;

    private Forgery(RSAKey published, AuthSigningKey authKey, RSAKey attackerKey) {
        this.published = published;
        this.authKey = authKey;
        this.authKid = authKey.kid();
        this.attackerKey = attackerKey;
    }

    static Forgery prepare(RunningPlatform platform) throws Exception {
        String jwks = platform.send(platform.request("GET", "/.well-known/jwks.json", null)).body();
        RSAKey published = (RSAKey) JWKSet.parse(jwks).getKeys().getFirst();
        AuthSigningKey authKey = AuthSigningKey.of(platform);
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(authKey.kid()).generate();
        return new Forgery(published, authKey, attacker);
    }

    /** The claims auth puts in a token for {@code user}, valid for 15 minutes from now, with these roles. */
    static JWTClaimsSet.Builder claims(User user, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(user.id().toString()).issuer("qh").jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("email", user.email()).claim("name", "E2E User").claim("roles", roles);
    }

    /** {@code "alg":"none"}, no signature. */
    String unsigned(JWTClaimsSet claims) {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        return header + "." + Base64URL.encode(claims.toString()).toString() + ".";
    }

    /** HS256 with auth's public key (its X.509 PEM, then its JWK JSON) as the shared secret: algorithm confusion. */
    String hmacWithPublicKey(JWTClaimsSet claims, boolean pem) throws Exception {
        byte[] secret = pem ? ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(published.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII) : published.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("too short for HS256");
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(authKid).type(JOSEObjectType.JWT)
                .build(), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /** Signed with auth's real private key under {@code kid}. */
    String signedByAuth(JWTClaimsSet claims, String kid) throws Exception {
        return authKey.sign(claims, kid);
    }

    String signedByAuth(JWTClaimsSet claims) throws Exception {
        return authKey.sign(claims);
    }

    /** Signed with the attacker's key under auth's key id, optionally embedding the key or pointing at a JWKS. */
    String signedByAttacker(JWTClaimsSet claims, boolean embedJwk, URI jku) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(authKid);
        if (embedJwk) {
            header.jwk(attackerKey.toPublicJWK());
        }
        if (jku != null) {
            header.jwkURL(jku);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        jwt.sign(new RSASSASigner(attackerKey));
        return jwt.serialize();
    }

    /** The attacker's public keys, as a JWKS they would serve for {@code jku}. */
    String attackerJwks() {
        return new JWKSet(attackerKey.toPublicJWK()).toString();
    }

    /** {@code token} with its signature cut off. */
    static String withoutSignature(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    /** {@code token} with its payload replaced by {@code claims} and the old signature kept. */
    static String withPayload(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
    }
}
