package com.qh.auth.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Accounts by id and by normalised e-mail address. */
public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String normalisedEmail);

    /** How many enabled accounts have this role: the last admin may not leave administration empty. */
    long countByRoleAndEnabledTrue(Role role);

    boolean existsByEmail(String normalisedEmail);

    /** Whether another address with this UTS #39 skeleton exists: one that looks like it but is not it. */
    boolean existsByEmailSkeletonAndEmailNot(String skeleton, String normalisedEmail);

    /** Accounts whose address or name contains {@code text} (lower-case), newest first. */
    @Query("""
            select u from UserAccount u
            where lower(u.email) like :pattern or lower(u.displayName) like :pattern
            """)
    Page<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);

    /** Counts one more failed sign-in; the row lock serialises simultaneous failures, so none is lost. */
    @Modifying
    @Query("update UserAccount u set u.failedLoginCount = u.failedLoginCount + 1 where u.id = :id")
    int countFailedSignIn(@Param("id") UUID id);

    @Query("select u.failedLoginCount from UserAccount u where u.id = :id")
    int failedSignIns(@Param("id") UUID id);

    /** Locks the account until {@code until} and starts counting failures afresh. */
    @Modifying
    @Query("update UserAccount u set u.failedLoginCount = 0, u.lockedUntil = :until where u.id = :id")
    int lockUntil(@Param("id") UUID id, @Param("until") Instant until);

    @Modifying
    @Query("update UserAccount u set u.failedLoginCount = 0, u.lockedUntil = null, u.lastLoginAt = :now "
            + "where u.id = :id")
    int recordSuccessfulSignIn(@Param("id") UUID id, @Param("now") Instant now);
}
