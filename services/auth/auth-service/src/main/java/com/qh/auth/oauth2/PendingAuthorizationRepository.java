package com.qh.auth.oauth2;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PendingAuthorizationRepository extends JpaRepository<PendingAuthorization, String> {

    /** Removes and reports the row in one statement, so a state is redeemed at most once even under a race. */
    @Modifying
    @Query("delete from PendingAuthorization p where p.state = :state")
    int redeem(@Param("state") String state);

    @Modifying
    @Query("delete from PendingAuthorization p where p.expiresAt < :now")
    int deleteExpired(@Param("now") Instant now);
}
