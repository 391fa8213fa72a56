package com.qh.auth.oauth2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A Google or GitHub account linked to a QH account, by the provider's stable subject id (not the e-mail). */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private UUID userId;

    private String email;

    @Column(nullable = false)
    private Instant createdAt;

    protected ExternalIdentity() {
    }

    ExternalIdentity(String provider, String subject, UUID userId, String email, Instant now) {
        this.id = UUID.randomUUID();
        this.provider = provider;
        this.subject = subject;
        this.userId = userId;
        this.email = email;
        this.createdAt = now;
    }

    UUID userId() {
        return userId;
    }
}
