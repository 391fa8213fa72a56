package com.qh.auth.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a family. A family starts at sign-in; every refresh spends the presented token and adds
 * its successor. A spent token presented again means two parties hold the family's tokens, one of them a thief,
 * and the whole family is revoked.
 */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    /** What presenting this token means. */
    enum State {
        /** Usable: rotate it. */
        ACTIVE,
        /** Already exchanged once: a replay, revoke the family. */
        SPENT,
        /** Its family was revoked (logout, password change, reuse, admin). */
        REVOKED,
        EXPIRED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID familyId;

    @Column(nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private Instant issuedAt;

    /** When the family's sign-in happened; the same in every token of the family. */
    @Column(nullable = false)
    private Instant sessionStartedAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant spentAt;

    private Instant revokedAt;

    @Column(nullable = false)
    private String accessTokenId;

    @Column(nullable = false)
    private Instant accessExpiresAt;

    protected RefreshToken() {
    }

    private RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant sessionStartedAt, Instant issuedAt,
            Instant expiresAt, IssuedAccessToken accessToken) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.sessionStartedAt = sessionStartedAt;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.accessTokenId = accessToken.tokenId();
        this.accessExpiresAt = accessToken.expiresAt();
    }

    /** The first token of a new family, issued at sign-in together with {@code accessToken}. */
    static RefreshToken startFamily(UUID userId, String tokenHash, Instant now, Instant expiresAt,
            IssuedAccessToken accessToken) {
        return new RefreshToken(UUID.randomUUID(), userId, tokenHash, now, now, expiresAt, accessToken);
    }

    State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (spentAt != null) {
            return State.SPENT;
        }
        return expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
    }

    /** Spends this token and returns its successor in the same family; only an active token rotates. */
    RefreshToken rotate(String successorHash, Instant now, Instant successorExpiresAt,
            IssuedAccessToken accessToken) {
        if (stateAt(now) != State.ACTIVE) {
            throw new IllegalStateException("Only an active refresh token rotates, this one is " + stateAt(now));
        }
        spentAt = now;
        return new RefreshToken(familyId, userId, successorHash, sessionStartedAt, now, successorExpiresAt,
                accessToken);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** When the session this token belongs to must end, given the longest a session may live. */
    Instant sessionEndsAt(Duration maxAge) {
        return sessionStartedAt.plus(maxAge);
    }

    UUID id() {
        return id;
    }

    UUID familyId() {
        return familyId;
    }

    UUID userId() {
        return userId;
    }

    String accessTokenId() {
        return accessTokenId;
    }

    Instant accessExpiresAt() {
        return accessExpiresAt;
    }
}
