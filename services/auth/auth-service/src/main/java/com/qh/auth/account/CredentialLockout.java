package com.qh.auth.account;

import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.platform.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The sign-in lockout, applied where a signed-in session proves a credential again: the current password at a
 * password change, a TOTP code at two-factor disable. Whoever holds a stolen session could otherwise guess either
 * without limit; now every wrong guess counts toward the same lock sign-in uses, and a locked account refuses
 * these checks too (429 {@code account-locked}, like sign-in). Callers run in a transaction that commits although
 * the request fails ({@code noRollbackFor = QhException.class}), so the count sticks.
 */
@Component
public class CredentialLockout {

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final LockoutPolicy policy;
    private final Clock clock;

    CredentialLockout(UserAccountRepository users, AuditLog audit, LockoutPolicy policy, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Refuses the check outright while the account is locked, so the lock stops guessing rather than only
     * sign-in; audited as {@code failure} with reason "account locked".
     */
    public void requireNotLocked(UserAccount user, AuditEventType failure) {
        Duration locked = LockoutPolicy.remainingLock(user.lockedUntil(), clock.instant());
        if (!locked.isZero()) {
            audit.record(failure, user.id(), user.email(), "account locked");
            throw accountLocked(locked);
        }
    }

    /**
     * Counts one wrong credential, audited as {@code failure}; the one that reaches the limit locks the account
     * (audited as {@code ACCOUNT_LOCKED}) and is answered with 429 at once.
     */
    public void recordFailure(UserAccount user, AuditEventType failure, String reason) {
        Instant now = clock.instant();
        users.countFailedSignIn(user.id());
        audit.record(failure, user.id(), user.email(), reason);
        if (policy.locksAfter(users.failedSignIns(user.id()))) {
            Instant until = policy.lockedUntil(now);
            users.lockUntil(user.id(), until);
            audit.record(AuditEventType.ACCOUNT_LOCKED, user.id(), user.email(), "until " + until + " after "
                    + reason);
            throw accountLocked(Duration.between(now, until));
        }
    }

    private static TooManyRequestsException accountLocked(Duration retryAfter) {
        return new TooManyRequestsException("account-locked",
                "Too many wrong passwords or codes: this account is locked for a while. Try again later or reset "
                        + "the password.", retryAfter);
    }
}
