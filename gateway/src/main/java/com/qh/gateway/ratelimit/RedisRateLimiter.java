package com.qh.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Buckets in Redis, shared by every gateway replica, so a client cannot multiply its allowance by spreading
 * requests over instances. Each bucket expires once it would be full again. If Redis cannot be reached the answer
 * says so ({@link Decision#unavailable()}) and the filter decides: ordinary limits let the request through (an
 * outage of the limiter must not become an outage of QH), the rules that guard passwords and share links refuse it
 * (an outage must not become unlimited guessing).
 */
final class RedisRateLimiter implements RateLimiter, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    static final String KEY_PREFIX = "qh:rate:";

    private final LettuceConnectionFactory connectionFactory;
    private volatile StatefulConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;

    RedisRateLimiter(LettuceConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
    }

    @Override
    public Decision tryConsume(String key, Limit limit) {
        try {
            ConsumptionProbe probe = buckets().builder()
                    .build(KEY_PREFIX + key, () -> configuration(limit))
                    .tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? Decision.allowed(probe.getRemainingTokens())
                    : Decision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        catch (RuntimeException e) {
            log.warn("Rate limit bucket {} could not be read from Redis: {}", key, e.toString());
            return Decision.unavailable(limit);
        }
    }

    private static BucketConfiguration configuration(Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
                .build();
    }

    // Connected on first use: the connection factory's client exists only once the context has started it.
    private ProxyManager<String> buckets() {
        ProxyManager<String> current = buckets;
        if (current == null) {
            synchronized (this) {
                current = buckets;
                if (current == null) {
                    current = connect();
                    buckets = current;
                }
            }
        }
        return current;
    }

    private ProxyManager<String> connect() {
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy
                .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
        AbstractRedisClient client = connectionFactory.getRequiredNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<String, byte[]> clusterConnection = cluster.connect(codec);
            connection = clusterConnection;
            return Bucket4jLettuce.casBasedBuilder(clusterConnection).expirationAfterWrite(expiry).build();
        }
        StatefulRedisConnection<String, byte[]> standalone = ((RedisClient) client).connect(codec);
        connection = standalone;
        return Bucket4jLettuce.casBasedBuilder(standalone).expirationAfterWrite(expiry).build();
    }

    @Override
    public void destroy() {
        StatefulConnection<String, byte[]> current = connection;
        if (current != null) {
            current.close();
        }
    }
}
