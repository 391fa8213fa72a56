package com.qh.platform.security;

import java.time.Duration;
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

    public static OAuth2TokenValidator<Jwt> standard(String issuer, TokenDenylist denylist) {
        OAuth2TokenValidator<Jwt> notRevoked = jwt -> denylist.isRevoked(jwt.getId())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null))
                : OAuth2TokenValidatorResult.success();
        OAuth2TokenValidator<Jwt> hasExpiry = jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has no expiry", null));
        return new DelegatingOAuth2TokenValidator<>(hasExpiry, new JwtTimestampValidator(Duration.ofSeconds(60)),
                new JwtIssuerValidator(issuer), notRevoked);
    }
}
