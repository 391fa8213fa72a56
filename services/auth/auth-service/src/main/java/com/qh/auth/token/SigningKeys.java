package com.qh.auth.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing keys, read from the database and cached. A new key is made when the current one's active period
 * ends; retired keys (whose tokens have all expired) are deleted. Replicas coordinate through a PostgreSQL
 * advisory lock, so they agree on one new key instead of each making its own.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** Arbitrary constant naming the advisory lock that serialises key rotation across replicas. */
    private static final long ROTATION_LOCK = 0x51484b4559L;

    /** How long a published key outlives its last token: the clock skew verifiers allow, with a margin. */
    private static final Duration SKEW = Duration.ofMinutes(2);

    private final SigningKeyRepository keys;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final KeyProperties keyProperties;
    private final TokenProperties tokenProperties;
    private final Clock clock;

    private volatile List<SigningKey> cached = List.of();

    SigningKeys(SigningKeyRepository keys, TransactionTemplate transactions, JdbcTemplate jdbc,
            KeyProperties keyProperties, TokenProperties tokenProperties, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.keyProperties = keyProperties;
        this.tokenProperties = tokenProperties;
        this.clock = clock;
    }

    /** The key that signs tokens now, with its private half. */
    RSAKey current() {
        Instant now = clock.instant();
        SigningKey signer = signerAt(cached, now);
        if (signer == null) {
            rotateIfDue();
            // Read the clock again: the key just made is younger than the instant above.
            signer = signerAt(cached, clock.instant());
            if (signer == null) {
                throw new IllegalStateException("No signing key is active after rotation");
            }
        }
        return signer.jwk(true);
    }

    /** Public keys of every key whose tokens may still be valid: the content of the JWKS. */
    JWKSet published() {
        Instant now = clock.instant();
        List<JWK> jwks = cached.stream().filter(key -> key.publishedAt(now)).<JWK>map(key -> key.jwk(false))
                .toList();
        return new JWKSet(jwks);
    }

    /** The published key with this id; reloads once when unknown, because another replica may have rotated. */
    JWKSet publishedIncluding(String kid) {
        if (kid != null && cached.stream().noneMatch(key -> key.kid().equals(kid))) {
            reload();
        }
        return published();
    }

    /** Makes a new key when none is active, and forgets retired ones. Runs at start and every minute. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${qh.auth.keys.check-interval:PT1M}")
    void rotateIfDue() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", ROTATION_LOCK);
            Instant now = clock.instant();
            List<SigningKey> current = keys.findByRetireAtAfterOrderByCreatedAtDesc(now);
            if (signerAt(current, now) == null) {
                Instant activeUntil = now.plus(keyProperties.rotationPeriod());
                Instant retireAt = activeUntil.plus(tokenProperties.accessTokenTtl()).plus(SKEW);
                SigningKey fresh = keys.save(SigningKey.generate(keyProperties.keySize(), now, activeUntil, retireAt));
                log.info("New signing key {} active until {}", fresh.kid(), activeUntil);
            }
            keys.deleteRetired(now);
        });
        reload();
    }

    private void reload() {
        cached = List.copyOf(keys.findByRetireAtAfterOrderByCreatedAtDesc(clock.instant()));
    }

    private static SigningKey signerAt(List<SigningKey> candidates, Instant now) {
        // Newest first: after a rotation the fresh key signs although the previous one is still active on paper.
        return candidates.stream().filter(key -> key.signsAt(now)).findFirst().orElse(null);
    }
}
