package com.qh.auth.totp;

import com.qh.auth.account.CredentialLockout;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's TOTP second factor: enrolment, confirmation, disabling, and the check at sign-in. */
@Service
public class TwoFactor {

    private final UserAccountRepository users;
    private final TotpCodes codes;
    private final AuditLog audit;
    private final CredentialLockout lockout;
    private final Clock clock;

    TwoFactor(UserAccountRepository users, TotpCodes codes, AuditLog audit, CredentialLockout lockout, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.audit = audit;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * Whether {@code code} is a fresh valid code for the user; an accepted code is remembered and refused if it is
     * presented again. Runs in the caller's transaction.
     */
    public boolean accept(UserAccount user, String code) {
        Instant now = clock.instant();
        OptionalLong step = codes.matchingStep(user.totpSecret(), code, now);
        if (step.isEmpty() || user.totpLastStep() != null && step.getAsLong() <= user.totpLastStep()) {
            return false;
        }
        user.acceptTotpStep(step.getAsLong(), now);
        return true;
    }

    @Transactional
    TotpEnrolment enrol(UUID userId) {
        UserAccount user = user(userId);
        if (user.totpEnabled()) {
            throw new ConflictException("totp-already-enabled",
                    "Two-factor authentication is already on. Disable it first to enrol a new device.");
        }
        String secret = codes.newSecret();
        user.startTotpEnrolment(secret, clock.instant());
        return new TotpEnrolment(secret, codes.uri(secret, user.email()));
    }

    @Transactional
    void confirm(UUID userId, String code) {
        UserAccount user = user(userId);
        if (user.totpSecret() == null || user.totpEnabled()) {
            throw new ConflictException("no-totp-enrolment", "There is no pending enrolment to confirm.");
        }
        if (!accept(user, code)) {
            throw invalidCode();
        }
        user.enableTotp(clock.instant());
        audit.record(AuditEventType.TOTP_ENABLED, userId, user.email(), null);
    }

    /**
     * Turns two-factor off with a current code. A wrong code counts toward the sign-in lockout, and a locked account
     * cannot turn it off: six digits are guessable without a limit, and a stolen session is all it takes to try.
     */
    @Transactional(noRollbackFor = QhException.class)
    void disable(UUID userId, String code) {
        UserAccount user = user(userId);
        if (!user.totpEnabled()) {
            throw new ConflictException("totp-not-enabled", "Two-factor authentication is not on.");
        }
        lockout.requireNotLocked(user, AuditEventType.TOTP_DISABLE_FAILED);
        if (!accept(user, code)) {
            lockout.recordFailure(user, AuditEventType.TOTP_DISABLE_FAILED, "wrong two-factor code");
            throw invalidCode();
        }
        user.disableTotp(clock.instant());
        audit.record(AuditEventType.TOTP_DISABLED, userId, user.email(), null);
    }

    private UserAccount user(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("The account is gone."));
    }

    private static QhException invalidCode() {
        return new QhException(HttpStatus.BAD_REQUEST, "invalid-totp-code", "Invalid code",
                "The code is wrong or was already used. Enter the current code from your authenticator app.");
    }

    /** A secret to add to an authenticator app, as text and as an {@code otpauth://} URI. */
    record TotpEnrolment(String secret, String otpauthUri) {
    }
}
