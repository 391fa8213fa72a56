package com.qh.auth.oauth2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in (or a link) started at a provider: the {@code state} that must come back, the PKCE verifier for it,
 * and the hash of the nonce in the cookie of the browser that started it. Anyone who sees the state (a leaked
 * callback URL, an attacker's own state planted in a victim's browser) lacks that cookie.
 */
@Entity
@Table(name = "oauth2_authorization")
class PendingAuthorization {

    @Id
    private String state;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String codeVerifier;

    @Column(nullable = false)
    private String browserHash;

    private UUID linkUserId;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    protected PendingAuthorization() {
    }

    PendingAuthorization(String state, String provider, String codeVerifier, String browserHash, UUID linkUserId,
            Instant now, Instant expiresAt) {
        this.state = state;
        this.provider = provider;
        this.codeVerifier = codeVerifier;
        this.browserHash = browserHash;
        this.linkUserId = linkUserId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean matches(String providerName, Instant now) {
        return provider.equals(providerName) && expiresAt.isAfter(now);
    }

    /** Whether {@code presentedHash} is the hash of this attempt's browser nonce, compared in constant time. */
    boolean boundTo(String presentedHash) {
        return presentedHash != null && MessageDigest.isEqual(browserHash.getBytes(StandardCharsets.US_ASCII),
                presentedHash.getBytes(StandardCharsets.US_ASCII));
    }

    String codeVerifier() {
        return codeVerifier;
    }

    /** The signed-in account that asked to link the provider, or null for a sign-in. */
    UUID linkUserId() {
        return linkUserId;
    }
}
