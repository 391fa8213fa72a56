package com.qh.auth.login;

import com.qh.auth.account.EmailAddresses;
import com.qh.auth.account.LockoutPolicy;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.audit.ClientAddress;
import com.qh.auth.token.Sessions;
import com.qh.auth.token.TokenPair;
import com.qh.auth.totp.TwoFactor;
import com.qh.platform.web.QhException;
import com.qh.platform.web.TooManyRequestsException;
import com.qh.platform.web.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password sign-in. Every refusal is audited and the failure count and lockout commit although the request
 * fails. Unknown addresses cost a password hash too, so response times do not reveal which addresses exist.
 */
@Service
class LoginService {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TwoFactor twoFactor;
    private final Sessions sessions;
    private final AuditLog audit;
    private final LockoutPolicy lockout;
    private final AttemptThrottle perIp;
    private final AttemptThrottle perAccount;
    private final Clock clock;
    private final String dummyHash;

    LoginService(UserAccountRepository users, PasswordEncoder encoder, TwoFactor twoFactor, Sessions sessions,
            AuditLog audit, LockoutPolicy lockout, LoginProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.lockout = lockout;
        this.perIp = new AttemptThrottle(properties.attemptsPerIp(), properties.throttleWindow(), clock);
        this.perAccount = new AttemptThrottle(properties.attemptsPerAccount(), properties.throttleWindow(), clock);
        this.dummyHash = encoder.encode("no account has this password, it only costs time");
    }

    @Transactional(noRollbackFor = QhException.class)
    TokenPair login(String rawEmail, String password, String totpCode) {
        String email = EmailAddresses.normalise(rawEmail);
        String ip = ClientAddress.throttleKey();
        Optional<Duration> wait = perIp.tryAttempt(ip).or(() -> perAccount.tryAttempt(email));
        if (wait.isPresent()) {
            audit.record(AuditEventType.SIGN_IN_THROTTLED, null, email, null);
            throw new TooManyRequestsException("too-many-sign-in-attempts",
                    "Too many sign-in attempts. Wait a moment and try again.", wait.get());
        }
        Instant now = clock.instant();
        UserAccount user = users.findByEmail(email).orElse(null);
        if (user == null || !user.hasPassword()) {
            encoder.matches(password, dummyHash);
            audit.record(AuditEventType.SIGN_IN_FAILED, user == null ? null : user.id(), email,
                    user == null ? "unknown address" : "account has no password");
            throw invalidCredentials();
        }
        Duration locked = LockoutPolicy.remainingLock(user.lockedUntil(), now);
        if (!locked.isZero()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), email, "account locked");
            throw new TooManyRequestsException("account-locked",
                    "Too many failed sign-ins: this account is locked for a while. Try again later or reset the "
                            + "password.", locked);
        }
        if (!encoder.matches(password, user.passwordHash())) {
            fail(user, now, "wrong password");
            throw invalidCredentials();
        }
        if (!user.enabled()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), email, "account disabled");
            throw new UnauthorizedException("account-disabled", "This account is disabled. Contact an administrator.");
        }
        if (user.totpEnabled()) {
            if (totpCode == null || totpCode.isBlank()) {
                throw new UnauthorizedException("totp-required",
                        "This account uses two-factor authentication: send the code from your authenticator app "
                                + "as totpCode.");
            }
            if (!twoFactor.accept(user, totpCode)) {
                fail(user, now, "wrong two-factor code");
                throw new UnauthorizedException("invalid-totp-code", "The two-factor code is wrong or was already used.");
            }
        }
        users.recordSuccessfulSignIn(user.id(), now);
        if (encoder.upgradeEncoding(user.passwordHash())) {
            // Made with weaker Argon2 parameters than today's: store a hash at the current cost.
            user.upgradePasswordHash(encoder.encode(password), now);
        }
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.id(), email, "password");
        return sessions.start(user);
    }

    private void fail(UserAccount user, Instant now, String reason) {
        users.countFailedSignIn(user.id());
        audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), user.email(), reason);
        if (lockout.locksAfter(users.failedSignIns(user.id()))) {
            Instant until = lockout.lockedUntil(now);
            users.lockUntil(user.id(), until);
            audit.record(AuditEventType.ACCOUNT_LOCKED, user.id(), user.email(), "until " + until);
        }
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("invalid-credentials", "The e-mail address or password is wrong.");
    }
}
