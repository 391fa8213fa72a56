package com.qh.auth.oauth2;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PendingTwoFactorRepository extends JpaRepository<PendingTwoFactor, String> {

    /** Removes and reports the row in one statement, so a two-factor step completes at most once. */
    @Modifying
    @Query("delete from PendingTwoFactor p where p.tokenHash = :tokenHash")
    int redeem(@Param("tokenHash") String tokenHash);

    @Modifying
    @Query("delete from PendingTwoFactor p where p.expiresAt < :now")
    int deleteExpired(@Param("now") Instant now);
}
