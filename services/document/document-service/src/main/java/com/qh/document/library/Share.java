package com.qh.document.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import com.qh.document.DocumentProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A share link of a document: the hash of its token, an optional password hash and expiry, its use, and how many
 * wrong passwords it has seen.
 */
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

    /** Wrong passwords (or attempts not yet known to be right) since the last right one. */
    @Column(nullable = false)
    private int failedAttempts;

    /** Until when the link refuses every password. */
    private Instant lockedUntil;

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

    /** How long the link still refuses passwords, or null when it takes one now. */
    Duration lockRemaining(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : null;
    }

    /**
     * Counts a password attempt as failed before its hash is checked, and locks the link when that reaches the limit.
     * Counting first means guesses that arrive together cannot all pass the lock before any of them is counted;
     * the right password takes its count back ({@link #passwordAccepted}).
     */
    void attempted(Instant now, DocumentProperties.Shares policy) {
        failedAttempts = failedAttempts == Integer.MAX_VALUE ? failedAttempts : failedAttempts + 1;
        Duration lock = policy.lockAfter(failedAttempts);
        if (!lock.isZero()) {
            lockedUntil = now.plus(lock);
        }
    }

    /** The right password: counting starts again. */
    void passwordAccepted() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The password hashed again with today's encoder, once it was seen right under an older one. */
    void rehashed(String olderHash, String newHash) {
        if (olderHash.equals(passwordHash)) {
            passwordHash = newHash;
        }
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
