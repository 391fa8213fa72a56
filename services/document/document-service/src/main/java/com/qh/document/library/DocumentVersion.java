package com.qh.document.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a document: its name, type, size, checksum and the blob holding its bytes. Never changes. */
@Entity
@Table(name = "document_version")
class DocumentVersion {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID documentId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private UUID ownerId;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private String storageKey;

    private Integer restoredFrom;

    @Column(nullable = false)
    private Instant createdAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, StoredContent content, Integer restoredFrom, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.number = number;
        this.ownerId = document.ownerId();
        this.fileName = content.fileName();
        this.mediaType = content.mediaType();
        this.size = content.size();
        this.sha256 = content.sha256();
        this.storageKey = content.storageKey();
        this.restoredFrom = restoredFrom;
        this.createdAt = now;
    }

    /** What this version holds, to store again as a new version. */
    StoredContent content() {
        return new StoredContent(fileName, mediaType, size, sha256, storageKey);
    }

    UUID documentId() {
        return documentId;
    }

    int number() {
        return number;
    }

    UUID ownerId() {
        return ownerId;
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    Integer restoredFrom() {
        return restoredFrom;
    }

    Instant createdAt() {
        return createdAt;
    }
}
