package com.qh.auth.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, UUID> {

    Optional<OneTimeToken> findByTokenHashAndPurpose(String tokenHash, OneTimeToken.Purpose purpose);

    boolean existsByUserIdAndPurposeAndCreatedAtAfter(UUID userId, OneTimeToken.Purpose purpose, Instant after);

    /** Spends every open token of a kind, so only the newest link sent works. */
    @Modifying
    @Query("update OneTimeToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose "
            + "and t.usedAt is null")
    int spendAll(@Param("userId") UUID userId, @Param("purpose") OneTimeToken.Purpose purpose,
            @Param("now") Instant now);

    @Modifying
    @Query("delete from OneTimeToken t where t.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
