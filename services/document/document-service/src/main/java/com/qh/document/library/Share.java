package com.qh.document.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A share link of a document: the hash of its token, an optional password hash and expiry, and its use. */
@Entity
@Table(name = "document_share")
class Share {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID documentId;

    @Column(nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String tokenHash;

    private String passwordHash;

    private Instant expiresAt;

    private Instant revokedAt;

    @Column(nullable = false)
    private long downloadCount;

    @Column(nullable = false)
    private Instant createdAt;

    protected Share() {
    }

    Share(Document document, String tokenHash, String passwordHash, Instant expiresAt, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.ownerId = document.ownerId();
        this.tokenHash = tokenHash;
        this.passwordHash = passwordHash;
        this.expiresAt = expiresAt;
        this.downloadCount = 0;
        this.createdAt = now;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID id() {
        return id;
    }

    UUID documentId() {
        return documentId;
    }

    UUID ownerId() {
        return ownerId;
    }

    String passwordHash() {
        return passwordHash;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    long downloadCount() {
        return downloadCount;
    }

    Instant createdAt() {
        return createdAt;
    }
}
