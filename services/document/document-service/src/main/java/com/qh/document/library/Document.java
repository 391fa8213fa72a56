package com.qh.document.library;

import com.qh.document.api.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document: its owner, kind, title, and which of its versions is current. */
@Entity
@Table(name = "document")
class Document {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String title;

    @Column(nullable = false)
    private int currentVersion;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Document() {
    }

    Document(UUID ownerId, DocumentKind kind, String title, Instant now) {
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.kind = kind;
        this.title = title;
        this.currentVersion = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Makes room for the next version and returns its number. */
    int nextVersion(Instant now) {
        currentVersion++;
        updatedAt = now;
        return currentVersion;
    }

    void retitle(String newTitle, Instant now) {
        this.title = newTitle;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    DocumentKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    int currentVersion() {
        return currentVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
