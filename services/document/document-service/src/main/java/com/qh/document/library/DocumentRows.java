package com.qh.document.library;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRows extends JpaRepository<Document, UUID> {

    Optional<Document> findByIdAndOwnerId(UUID id, UUID ownerId);

    /** The row, locked until the transaction ends: two new versions of one document take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = :id and d.ownerId = :ownerId")
    Optional<Document> findForUpdate(UUID id, UUID ownerId);

    List<Document> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    long countByOwnerId(UUID ownerId);

    @Modifying
    @Query("delete from Document d where d.ownerId = :ownerId")
    int deleteByOwner(UUID ownerId);
}
