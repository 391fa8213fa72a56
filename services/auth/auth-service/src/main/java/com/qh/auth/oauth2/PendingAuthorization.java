package com.qh.auth.oauth2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sign-in started at a provider: the {@code state} that must come back and the PKCE verifier for it. */
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
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    protected PendingAuthorization() {
    }

    PendingAuthorization(String state, String provider, String codeVerifier, Instant now, Instant expiresAt) {
        this.state = state;
        this.provider = provider;
        this.codeVerifier = codeVerifier;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean matches(String providerName, Instant now) {
        return provider.equals(providerName) && expiresAt.isAfter(now);
    }

    String codeVerifier() {
        return codeVerifier;
    }
}
