package com.qh.document.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VersionRows extends JpaRepository<DocumentVersion, UUID> {

    List<DocumentVersion> findByDocumentIdOrderByNumberDesc(UUID documentId);

    Optional<DocumentVersion> findByDocumentIdAndNumber(UUID documentId, int number);

    boolean existsByStorageKey(String storageKey);

    /** Bytes of distinct content the owner keeps: what the blob store holds for them. */
    @Query(value = "select coalesce(sum(size), 0) from (select distinct sha256, size from document_version "
            + "where owner_id = :ownerId) blobs", nativeQuery = true)
    long storedBytes(UUID ownerId);

    @Query("select distinct v.storageKey from DocumentVersion v where v.documentId = :documentId")
    List<String> storageKeysOf(UUID documentId);
}
