package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant SIGN_IN = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(7);

    @Test
    void freshTokenIsActive() {
        assertThat(tokenIssuedAtSignIn().stateAt(SIGN_IN.plusSeconds(60))).isEqualTo(RefreshToken.State.ACTIVE);
    }

    @Test
    void rotationSpendsPresentedTokenAndContinuesTheFamily() {
        RefreshToken first = tokenIssuedAtSignIn();
        Instant later = SIGN_IN.plus(Duration.ofHours(1));

        RefreshToken second = first.rotate("hash-2", later, later.plus(LIFETIME), accessTokenAt(later));

        assertThat(first.stateAt(later)).isEqualTo(RefreshToken.State.SPENT);
        assertThat(second.stateAt(later)).isEqualTo(RefreshToken.State.ACTIVE);
        assertThat(second.familyId()).isEqualTo(first.familyId());
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void spentTokenPresentedAgainIsRecognisedAsReuse() {
        RefreshToken first = tokenIssuedAtSignIn();
        Instant later = SIGN_IN.plus(Duration.ofHours(1));
        first.rotate("hash-2", later, later.plus(LIFETIME), accessTokenAt(later));

        assertThat(first.stateAt(later.plusSeconds(5))).isEqualTo(RefreshToken.State.SPENT);
        assertThatThrownBy(() -> first.rotate("hash-3", later, later.plus(LIFETIME), accessTokenAt(later)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void revokedFamilyMemberStaysRevokedEvenIfItWasSpent() {
        RefreshToken first = tokenIssuedAtSignIn();
        Instant later = SIGN_IN.plus(Duration.ofHours(1));
        RefreshToken second = first.rotate("hash-2", later, later.plus(LIFETIME), accessTokenAt(later));

        first.revoke(later);
        second.revoke(later);

        assertThat(first.stateAt(later)).isEqualTo(RefreshToken.State.REVOKED);
        assertThat(second.stateAt(later)).isEqualTo(RefreshToken.State.REVOKED);
    }

    @Test
    void tokenExpiresAfterItsLifetime() {
        assertThat(tokenIssuedAtSignIn().stateAt(SIGN_IN.plus(LIFETIME))).isEqualTo(RefreshToken.State.EXPIRED);
    }

    @Test
    void rememberedAccessTokenIsTheOneIssuedWithIt() {
        IssuedAccessToken access = accessTokenAt(SIGN_IN);
        RefreshToken token = RefreshToken.startFamily(UUID.randomUUID(), "hash-1", SIGN_IN, SIGN_IN.plus(LIFETIME),
                access);

        assertThat(token.accessTokenId()).isEqualTo(access.tokenId());
        assertThat(token.accessExpiresAt()).isEqualTo(access.expiresAt());
    }

    private static RefreshToken tokenIssuedAtSignIn() {
        return RefreshToken.startFamily(UUID.randomUUID(), "hash-1", SIGN_IN, SIGN_IN.plus(LIFETIME),
                accessTokenAt(SIGN_IN));
    }

    private static IssuedAccessToken accessTokenAt(Instant issuedAt) {
        return new IssuedAccessToken("jwt", UUID.randomUUID().toString(), issuedAt.plus(Duration.ofMinutes(15)));
    }
}
