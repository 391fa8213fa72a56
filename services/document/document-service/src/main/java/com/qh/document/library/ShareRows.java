package com.qh.document.library;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShareRows extends JpaRepository<Share, UUID> {

    Optional<Share> findByTokenHash(String tokenHash);

    Optional<Share> findByIdAndDocumentId(UUID id, UUID documentId);

    List<Share> findByDocumentIdOrderByCreatedAtDesc(UUID documentId);

    /** One more download, counted in the database so that concurrent downloads all count. */
    @Modifying
    @Query("update Share s set s.downloadCount = s.downloadCount + 1 where s.tokenHash = :tokenHash")
    int count(String tokenHash);
}
