package com.qh.platform.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The person behind the access token of the current request. Declare it as a controller method parameter; it is
 * resolved from the verified token, never from anything the client can set otherwise.
 *
 * @param id the user's id (the token's {@code sub})
 * @param email the e-mail address at the time the token was issued
 * @param displayName the name at the time the token was issued
 * @param roles role names without prefix: {@code USER}, {@code ADMIN}
 * @param tokenId the token's {@code jti}, what logout revokes
 * @param tokenExpiresAt when the token expires: how long a revocation of it must be remembered
 */
public record AuthenticatedUser(UUID id, String email, String displayName, Set<String> roles, String tokenId,
        Instant tokenExpiresAt) {

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }
}
