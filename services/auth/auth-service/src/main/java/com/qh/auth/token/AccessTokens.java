package com.qh.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.account.UserAccount;
import com.qh.platform.security.JwtRoles;
import com.qh.platform.security.SecurityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signs RS256 access tokens with the current key; the claims are those every QH service reads. */
@Component
class AccessTokens {

    private final SigningKeys keys;
    private final TokenProperties properties;
    private final SecurityProperties security;
    private final Clock clock;

    AccessTokens(SigningKeys keys, TokenProperties properties, SecurityProperties security, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.security = security;
        this.clock = clock;
    }

    /** A user's access token; it expires at {@code notAfter} at the latest (the end of the user's session). */
    IssuedAccessToken issue(UserAccount user, Instant notAfter) {
        return sign(new JWTClaimsSet.Builder()
                .subject(user.id().toString())
                .claim("email", user.email())
                .claim("name", user.displayName())
                .claim(JwtRoles.CLAIM, user.role().claim()), notAfter);
    }

    /**
     * A token for a QH service acting on its own behalf (background work, event handling): subject
     * {@code service:<name>}, role {@code SERVICE}, no user claims, so user endpoints refuse it. {@code aud} names
     * the one service it may be presented to, so a token obtained for one call is no key to every other service.
     */
    IssuedAccessToken issueForService(String serviceName, String audience) {
        return sign(new JWTClaimsSet.Builder()
                .subject("service:" + serviceName)
                .audience(audience)
                .claim("name", serviceName)
                .claim(JwtRoles.CLAIM, java.util.List.of("SERVICE")), null);
    }

    private IssuedAccessToken sign(JWTClaimsSet.Builder subjectClaims, Instant notAfter) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        if (notAfter != null && notAfter.isBefore(expiresAt)) {
            expiresAt = notAfter;
        }
        String tokenId = UUID.randomUUID().toString();
        JWTClaimsSet claims = subjectClaims
                .issuer(security.issuer())
                .jwtID(tokenId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .build();
        RSAKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token with key " + key.getKeyID(), e);
        }
        return new IssuedAccessToken(jwt.serialize(), tokenId, expiresAt);
    }
}
