package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void publishesOnlyThePublicHalf() {
        SigningKey key = weekLongKey();

        assertThat(key.jwk(false).isPrivate()).isFalse();
        assertThat(key.jwk(true).isPrivate()).isTrue();
        assertThat(key.jwk(false).getKeyID()).isEqualTo(key.kid());
    }

    @Test
    void signsDuringItsActivePeriodAndStaysPublishedUntilItsTokensExpire() {
        SigningKey key = weekLongKey();
        Instant afterRotation = CREATED.plus(Duration.ofDays(7)).plusSeconds(60);

        assertThat(key.signsAt(CREATED.plusSeconds(1))).isTrue();
        assertThat(key.signsAt(afterRotation)).isFalse();
        assertThat(key.publishedAt(afterRotation)).isTrue();
        assertThat(key.publishedAt(CREATED.plus(Duration.ofDays(8)))).isFalse();
    }

    private static SigningKey weekLongKey() {
        Instant activeUntil = CREATED.plus(Duration.ofDays(7));
        return SigningKey.generate(2048, CREATED, activeUntil, activeUntil.plus(Duration.ofMinutes(17)));
    }
}
