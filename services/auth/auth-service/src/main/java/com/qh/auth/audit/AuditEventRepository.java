package com.qh.auth.audit;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

    @Query("""
            select e from AuditEvent e
            where (:userId is null or e.userId = :userId)
              and (:type is null or e.type = :type)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc
            """)
    Page<AuditEvent> search(@Param("userId") UUID userId, @Param("type") AuditEventType type,
            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}
