package com.qh.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared denylist of the production run: one Redis key per revoked token, expiring with the token. */
public class RedisTokenDenylist implements TokenDenylist {

    private static final String PREFIX = "qh:revoked-token:";

    private final StringRedisTemplate redis;
    private final Clock clock;

    public RedisTokenDenylist(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        Duration ttl = Duration.between(clock.instant(), expiresAt);
        if (tokenId != null && !ttl.isNegative() && !ttl.isZero()) {
            redis.opsForValue().set(PREFIX + tokenId, "1", ttl);
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return tokenId != null && Boolean.TRUE.equals(redis.hasKey(PREFIX + tokenId));
    }
}
