package com.qh.vacancy.vacancy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredVacancies extends JpaRepository<Vacancy, UUID> {

    Optional<Vacancy> findByIdAndOwnerId(UUID id, UUID ownerId);

    Optional<Vacancy> findByOwnerIdAndSourceKey(UUID ownerId, String sourceKey);

    @Query("""
            select v from Vacancy v where v.ownerId = :owner
              and (:status is null or v.status = :status)
              and (:text is null or lower(v.title) like :text or lower(coalesce(v.company, '')) like :text)
            """)
    Page<Vacancy> search(UUID owner, Status status, String text, Pageable page);

    @Modifying
    @Query("delete from Vacancy v where v.ownerId = :owner")
    int deleteByOwner(UUID owner);
}
