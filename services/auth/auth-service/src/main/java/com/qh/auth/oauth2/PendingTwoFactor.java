package com.qh.auth.oauth2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider sign-in that is waiting for the account's TOTP code: the provider proved one factor, two-factor asks
 * for the second before any session starts. Stored by the SHA-256 of the token handed to the browser.
 */
@Entity
@Table(name = "oauth2_two_factor")
class PendingTwoFactor {

    @Id
    private String tokenHash;

    @Column(nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    protected PendingTwoFactor() {
    }

    PendingTwoFactor(String tokenHash, UUID userId, String provider, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.provider = provider;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    UUID userId() {
        return userId;
    }

    String provider() {
        return provider;
    }
}
