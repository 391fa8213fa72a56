package com.qh.auth.oauth2;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, UUID> {

    Optional<ExternalIdentity> findByProviderAndSubject(String provider, String subject);

    long countByUserId(UUID userId);

    @Modifying
    @Query("delete from ExternalIdentity i where i.userId = :userId")
    int deleteByUser(@Param("userId") UUID userId);
}
