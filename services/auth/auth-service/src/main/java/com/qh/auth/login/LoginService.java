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
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;

    LoginService(UserAccountRepository users, PasswordEncoder encoder, TwoFactor twoFactor, Sessions sessions,
            AuditLog audit, LockoutPolicy lockout, LoginProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
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
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Signs in with a password. The hash is checked with no database connection held: Argon2 takes tens of
     * milliseconds of CPU, seconds when a crowd signs in at once on a small machine, and a connection held through it
     * is one the pool cannot lend to anyone else (a thousand users signing in made every other auth request wait for
     * a connection). So the account is read, the password checked, and only then is what follows written, in one
     * short transaction that commits the failure count and lockout although the sign-in is refused.
     */
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
        UserAccount found = users.findByEmail(email).orElse(null);
        if (found == null || !found.hasPassword()) {
            encoder.matches(password, dummyHash);
            audit.record(AuditEventType.SIGN_IN_FAILED, found == null ? null : found.id(), email,
                    found == null ? "unknown address" : "account has no password");
            throw invalidCredentials();
        }
        Duration locked = LockoutPolicy.remainingLock(found.lockedUntil(), now);
        if (!locked.isZero()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, found.id(), email, "account locked");
            throw accountLocked(locked);
        }
        String checkedHash = found.passwordHash();
        boolean passwordMatches = encoder.matches(password, checkedHash);
        // Made with weaker Argon2 parameters than today's: a hash at the current cost, made before the transaction.
        String upgradedHash = passwordMatches && encoder.upgradeEncoding(checkedHash) ? encoder.encode(password) : null;
        Outcome outcome = transactions.execute(status -> afterPasswordCheck(found.id(), email, checkedHash,
                passwordMatches, upgradedHash, totpCode, now));
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.tokens();
    }

    /** The sign-in's writes, on the account as it is now; a refusal is returned, so its writes commit. */
    private Outcome afterPasswordCheck(UUID userId, String email, String checkedHash, boolean passwordMatches,
            String upgradedHash, String totpCode, Instant now) {
        UserAccount user = users.findById(userId).orElse(null);
        if (user == null) {
            audit.record(AuditEventType.SIGN_IN_FAILED, null, email, "account deleted during sign-in");
            return Outcome.refused(invalidCredentials());
        }
        Duration locked = LockoutPolicy.remainingLock(user.lockedUntil(), now);
        if (!locked.isZero()) {
            // Locked by other attempts while this one's password was checked.
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), email, "account locked");
            return Outcome.refused(accountLocked(locked));
        }
        if (!passwordMatches) {
            fail(user, now, "wrong password");
            return Outcome.refused(invalidCredentials());
        }
        if (!user.enabled()) {
            audit.record(AuditEventType.SIGN_IN_FAILED, user.id(), email, "account disabled");
            return Outcome.refused(
                    new UnauthorizedException("account-disabled", "This account is disabled. Contact an administrator."));
        }
        if (user.totpEnabled()) {
            if (totpCode == null || totpCode.isBlank()) {
                return Outcome.refused(new UnauthorizedException("totp-required",
                        "This account uses two-factor authentication: send the code from your authenticator app "
                                + "as totpCode."));
            }
            if (!twoFactor.accept(user, totpCode)) {
                fail(user, now, "wrong two-factor code");
                return Outcome.refused(new UnauthorizedException("invalid-totp-code",
                        "The two-factor code is wrong or was already used."));
            }
        }
        users.recordSuccessfulSignIn(user.id(), now);
        if (upgradedHash != null && checkedHash.equals(user.passwordHash())) {
            user.upgradePasswordHash(upgradedHash, now);
        }
        audit.record(AuditEventType.SIGN_IN_SUCCEEDED, user.id(), email, "password");
        return new Outcome(sessions.start(user), null);
    }

    private record Outcome(TokenPair tokens, QhException refusal) {

        static Outcome refused(QhException refusal) {
            return new Outcome(null, refusal);
        }
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

    private static TooManyRequestsException accountLocked(Duration remaining) {
        return new TooManyRequestsException("account-locked",
                "Too many failed sign-ins: this account is locked for a while. Try again later or reset the "
                        + "password.", remaining);
    }

    private static UnauthorizedException invalidCredentials() {
        return new UnauthorizedException("invalid-credentials", "The e-mail address or password is wrong.");
    }
}
