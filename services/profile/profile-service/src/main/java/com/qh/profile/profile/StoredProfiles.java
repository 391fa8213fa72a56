package com.qh.profile.profile;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StoredProfiles extends JpaRepository<StoredProfile, UUID> {

    /** The row, locked until the transaction ends: two writes to one profile take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from StoredProfile p where p.userId = :userId")
    Optional<StoredProfile> findForUpdate(UUID userId);

    /** Only the version: enough to answer a conditional read without decrypting or parsing anything. */
    @Query("select p.version from StoredProfile p where p.userId = :userId")
    Optional<Long> findVersion(UUID userId);
}
