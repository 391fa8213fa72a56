package com.qh.platform.security;

import java.time.Instant;

/**
 * Access tokens that were revoked before they expired (logout, a disabled account). An entry needs to live only
 * until the token's own expiry; after that the signature check refuses the token anyway.
 */
public interface TokenDenylist {

    /** Refuse the token with this {@code jti} from now until {@code expiresAt}. */
    void revoke(String tokenId, Instant expiresAt);

    /** Whether the token with this {@code jti} was revoked and has not yet expired. */
    boolean isRevoked(String tokenId);
}
