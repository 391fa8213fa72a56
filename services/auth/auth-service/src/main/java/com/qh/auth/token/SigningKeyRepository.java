package com.qh.auth.token;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

    List<SigningKey> findByRetireAtAfterOrderByCreatedAtDesc(Instant now);

    @Modifying
    @Query("delete from SigningKey k where k.retireAt <= :now")
    int deleteRetired(@Param("now") Instant now);
}
