package com.qh.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The checks every QH token passes beyond its signature: issuer, expiry and not-before with a small clock skew,
 * and the denylist. A service with its own {@code JwtDecoder} (auth) uses the same set.
 */
public final class QhJwtValidators {

    private QhJwtValidators() {
    }

    /** The checks for a service that accepts no service tokens meant for it (none named): user tokens only. */
    public static OAuth2TokenValidator<Jwt> standard(String issuer, TokenDenylist denylist) {
        return standard(issuer, null, denylist);
    }

    /**
     * The checks for the service named {@code serviceName}: a service token (role {@code SERVICE}) is accepted only
     * when its {@code aud} names this service, so a token auth issued for one service cannot act at another.
     */
    public static OAuth2TokenValidator<Jwt> standard(String issuer, String serviceName, TokenDenylist denylist) {
        OAuth2TokenValidator<Jwt> serviceTokenForThisService = jwt -> !isServiceToken(jwt)
                || serviceName != null && jwt.getAudience() != null && jwt.getAudience().contains(serviceName)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The service token is not meant for this service", null));
        OAuth2TokenValidator<Jwt> notRevoked = jwt -> denylist.isRevoked(jwt.getId())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null))
                : OAuth2TokenValidatorResult.success();
        OAuth2TokenValidator<Jwt> hasExpiry = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has no expiry", null));
        return new DelegatingOAuth2TokenValidator<>(hasExpiry, new JwtTimestampValidator(Duration.ofSeconds(60)),
                new JwtIssuerValidator(issuer), notRevoked, serviceTokenForThisService);
    }

    private static boolean isServiceToken(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles != null && roles.contains("SERVICE");
    }
}
