package com.qh.document.library;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShareRows extends JpaRepository<Share, UUID> {

    Optional<Share> findByTokenHash(String tokenHash);

    Optional<Share> findByIdAndDocumentId(UUID id, UUID documentId);

    /**
     * The link, locked until the transaction ends: password attempts on one link are counted one after the other, so
     * that guesses arriving together cannot slip past the limit. Held only while counting, never while hashing.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Share s where s.id = :id")
    Optional<Share> findForUpdate(UUID id);

    List<Share> findByDocumentIdOrderByCreatedAtDesc(UUID documentId);

    /** One more download, counted in the database so that concurrent downloads all count. */
    @Modifying
    @Query("update Share s set s.downloadCount = s.downloadCount + 1 where s.tokenHash = :tokenHash")
    int count(String tokenHash);
}
