package com.qh.auth.token;

import java.time.Instant;

/** A signed access token with the id and expiry needed to revoke it later. */
record IssuedAccessToken(String value, String tokenId, Instant expiresAt) {
}
