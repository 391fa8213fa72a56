package com.qh.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The denylist of the default, single-machine run. Entries are dropped lazily once their token has expired, so the
 * map holds at most the tokens revoked in the last access-token lifetime.
 */
public class InMemoryTokenDenylist implements TokenDenylist {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryTokenDenylist(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        if (tokenId != null && expiresAt.isAfter(clock.instant())) {
            revoked.put(tokenId, expiresAt);
        }
        if (revoked.size() > 1024) {
            Instant now = clock.instant();
            revoked.values().removeIf(expiry -> !expiry.isAfter(now));
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        Instant expiry = tokenId == null ? null : revoked.get(tokenId);
        return expiry != null && expiry.isAfter(clock.instant());
    }
}
