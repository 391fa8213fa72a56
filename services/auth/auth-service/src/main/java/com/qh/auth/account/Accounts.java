package com.qh.auth.account;

import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.api.UserRegistered;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.auth.secret.SecureTokens;
import com.qh.platform.web.ConflictException;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnauthorizedException;
import com.qh.platform.web.UnprocessableException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up and everything a person does with their own credentials. Events leave through the outbox: they are
 * published inside the same transaction as the change they report.
 */
@Service
public class Accounts {

    private final UserAccountRepository users;
    private final OneTimeTokenRepository oneTimeTokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final OpenSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AccountProperties properties;
    private final CredentialLockout lockout;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Accounts(UserAccountRepository users, OneTimeTokenRepository oneTimeTokens, PasswordPolicy policy,
            PasswordEncoder encoder, OpenSessions sessions, AuditLog audit, ApplicationEventPublisher events,
            AccountProperties properties, CredentialLockout lockout, JdbcTemplate jdbc, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.users = users;
        this.oneTimeTokens = oneTimeTokens;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.lockout = lockout;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Signs a person up. The password is hashed before the transaction begins, so no database connection waits on
     * Argon2 (see {@code LoginService}); an address taken meanwhile is still refused, by the insert.
     */
    AccountView register(AccountRequests.Register request) {
        requireVisibleAddress(request.email());
        requireAcceptable(request.password(), EmailAddresses.normalise(request.email()), "password");
        String hash = encoder.encode(request.password());
        return transactions.execute(status -> register(request, hash));
    }

    private AccountView register(AccountRequests.Register request, String hash) {
        String email = requireDistinctAddress(request.email());
        Instant now = clock.instant();
        UserAccount user = UserAccount.withPassword(email, hash, request.displayName().strip(),
                localeOrDefault(request.locale()), now);
        insert(user);
        audit.record(AuditEventType.USER_REGISTERED, user.id(), email, "password");
        events.publishEvent(new UserRegistered(UUID.randomUUID(), now, user.id(), email, user.displayName(),
                user.locale(), false));
        requestVerification(user, now);
        return AccountView.of(user);
    }

    /** An account made from a Google/GitHub identity; the caller links the identity to it. */
    @Transactional
    public UserAccount registerExternal(String email, String displayName, boolean emailVerified) {
        Instant now = clock.instant();
        String normalised = requireDistinctAddress(email);
        // The provider's name is not ours to refuse: drop what cannot be stored or would render as something else.
        displayName = displayName == null ? "" : displayName.replaceAll(AccountRequests.NOT_IN_DISPLAY_NAME, "");
        UserAccount user = UserAccount.fromExternalIdentity(normalised, displayName, "en", emailVerified, now);
        insert(user);
        audit.record(AuditEventType.USER_REGISTERED, user.id(), normalised, "external identity");
        events.publishEvent(new UserRegistered(UUID.randomUUID(), now, user.id(), normalised, displayName,
                user.locale(), emailVerified));
        if (!emailVerified) {
            requestVerification(user, now);
        }
        return user;
    }

    @Transactional
    void verifyEmail(String token) {
        Instant now = clock.instant();
        OneTimeToken found = usableToken(token, OneTimeToken.Purpose.EMAIL_VERIFICATION, now);
        found.use(now);
        UserAccount user = users.findById(found.userId()).orElseThrow(Accounts::invalidToken);
        user.verifyEmail(now);
        audit.record(AuditEventType.EMAIL_VERIFIED, user.id(), user.email(), null);
    }

    /** Sends a new verification link if the address belongs to an unverified account; silent otherwise. */
    @Transactional
    void resendVerification(String email) {
        Instant now = clock.instant();
        users.findByEmail(EmailAddresses.normalise(email)).filter(user -> !user.emailVerified())
                .filter(UserAccount::enabled)
                .filter(user -> !mailedRecently(user, OneTimeToken.Purpose.EMAIL_VERIFICATION, now))
                .ifPresent(user -> requestVerification(user, now));
    }

    /** Sends a reset link if the address belongs to an enabled account; answers the same either way. */
    @Transactional
    void forgotPassword(String email) {
        String normalised = EmailAddresses.normalise(email);
        Instant now = clock.instant();
        users.findByEmail(normalised).filter(UserAccount::enabled)
                .filter(user -> !mailedRecently(user, OneTimeToken.Purpose.PASSWORD_RESET, now))
                .ifPresent(user -> requestPasswordReset(user, now));
    }

    /** Sets a new password with a reset token and ends every session: whoever had the old one is out. */
    @Transactional
    void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        OneTimeToken found = usableToken(token, OneTimeToken.Purpose.PASSWORD_RESET, now);
        UserAccount user = users.findById(found.userId()).filter(UserAccount::enabled)
                .orElseThrow(Accounts::invalidToken);
        requireAcceptable(newPassword, user.email(), "newPassword");
        found.use(now);
        user.changePassword(encoder.encode(newPassword), now);
        // The link reached the mailbox, which proves the address.
        user.verifyEmail(now);
        sessions.endAll(user.id());
        audit.record(AuditEventType.PASSWORD_RESET, user.id(), user.email(), null);
    }

    /**
     * Changes the password of a signed-in user; every other session ends, the current one stays. A wrong current
     * password counts toward the sign-in lockout, and a locked account cannot change its password here (the
     * failure count commits although the request fails).
     */
    @Transactional(noRollbackFor = QhException.class)
    void changePassword(UUID userId, String currentAccessTokenId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("The account is gone."));
        lockout.requireNotLocked(user, AuditEventType.PASSWORD_CHANGE_FAILED);
        if (!user.hasPassword() || !encoder.matches(currentPassword, user.passwordHash())) {
            if (user.hasPassword()) {
                lockout.recordFailure(user, AuditEventType.PASSWORD_CHANGE_FAILED, "wrong current password");
            }
            throw new UnauthorizedException("wrong-password", "The current password is not correct.");
        }
        requireAcceptable(newPassword, user.email(), "newPassword");
        Instant now = clock.instant();
        user.changePassword(encoder.encode(newPassword), now);
        int ended = sessions.endAllExcept(userId, currentAccessTokenId);
        audit.record(AuditEventType.PASSWORD_CHANGED, userId, user.email(), ended + " other sessions ended");
    }

    /**
     * Deletes the account: every session ends, the row goes (with what hangs on it: tokens, two-factor, linked
     * identities, the AI allowance and its usage), and {@code user.deleted.v1} leaves through the outbox in the same
     * transaction, so every service erases the user's data. The one way an account is deleted, whether an admin
     * does it or its owner.
     *
     * @param actorId who deletes it: an admin, or the owner themselves
     */
    @Transactional
    public void delete(UUID userId, UUID actorId) {
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> new NotFoundException("There is no user " + userId + "."));
        Instant now = clock.instant();
        int ended = sessions.endAll(userId);
        users.delete(user);
        audit.recordBy(AuditEventType.USER_DELETED, userId, actorId, user.email(),
                (actorId.equals(userId) ? "by the owner; " : "") + ended + " sessions ended");
        events.publishEvent(new UserDeleted(UUID.randomUUID(), now, userId));
    }

    @Transactional(readOnly = true)
    AccountView me(UUID userId) {
        return users.findById(userId).map(AccountView::of)
                .orElseThrow(() -> new NotFoundException("The account is gone."));
    }

    /**
     * The normalised address, once it is known to be neither taken nor confusable with a taken one. Checks of one
     * skeleton are serialised by a transaction-scoped advisory lock, so two look-alike sign-ups racing each other
     * cannot both pass (the unique index covers only identical addresses).
     */
    private static void requireVisibleAddress(String rawEmail) {
        EmailAddresses.invisibleCharacter(rawEmail).ifPresent(problem -> {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Field 'email' " + problem + ".").with("errors", List.of(new FieldViolation("email", problem)));
        });
    }

    /** Takes the address's skeleton lock for the rest of the caller's transaction, so two look-alikes cannot race. */
    private String requireDistinctAddress(String rawEmail) {
        requireVisibleAddress(rawEmail);
        String email = EmailAddresses.normalise(rawEmail);
        String skeleton = EmailAddresses.skeleton(email);
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('qh.auth.email-skeleton'), hashtext(?))", skeleton);
        if (users.existsByEmail(email)) {
            throw emailTaken();
        }
        if (users.existsByEmailSkeletonAndEmailNot(skeleton, email)) {
            throw new ConflictException("email-confusable", "This e-mail address looks like the address of an "
                    + "existing account (letters from another script, or look-alike characters). Use your address "
                    + "exactly as your mail provider spells it.");
        }
        return email;
    }

    /**
     * Stores a new account. Only a unique violation of the e-mail index means the address was taken meanwhile; any
     * other storage failure (a character PostgreSQL cannot store, say) goes on to the problem handler as what it is.
     */
    private void insert(UserAccount user) {
        try {
            users.saveAndFlush(user);
        }
        catch (DataIntegrityViolationException e) {
            if (isEmailUniqueViolation(e)) {
                throw emailTaken();
            }
            throw e;
        }
    }

    private static boolean isEmailUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return sql.getMessage() != null && sql.getMessage().contains("user_account_email_uk");
            }
        }
        return false;
    }

    private void requestPasswordReset(UserAccount user, Instant now) {
        oneTimeTokens.spendAll(user.id(), OneTimeToken.Purpose.PASSWORD_RESET, now);
        String token = SecureTokens.random();
        Instant expiresAt = now.plus(properties.passwordResetTtl());
        oneTimeTokens.save(new OneTimeToken(user.id(), OneTimeToken.Purpose.PASSWORD_RESET,
                SecureTokens.sha256(token), now, expiresAt));
        audit.record(AuditEventType.PASSWORD_RESET_REQUESTED, user.id(), user.email(), null);
        events.publishEvent(new PasswordResetRequested(UUID.randomUUID(), now, user.id(), user.email(),
                user.displayName(), user.locale(), token, expiresAt));
    }

    private void requestVerification(UserAccount user, Instant now) {
        oneTimeTokens.spendAll(user.id(), OneTimeToken.Purpose.EMAIL_VERIFICATION, now);
        String token = SecureTokens.random();
        Instant expiresAt = now.plus(properties.emailVerificationTtl());
        oneTimeTokens.save(new OneTimeToken(user.id(), OneTimeToken.Purpose.EMAIL_VERIFICATION,
                SecureTokens.sha256(token), now, expiresAt));
        events.publishEvent(new EmailVerificationRequested(UUID.randomUUID(), now, user.id(), user.email(),
                user.displayName(), user.locale(), token, expiresAt));
    }

    /** Whether a mail of this kind went to the account within the cool-down; answers stay the same either way. */
    private boolean mailedRecently(UserAccount user, OneTimeToken.Purpose purpose, Instant now) {
        return oneTimeTokens.existsByUserIdAndPurposeAndCreatedAtAfter(user.id(), purpose,
                now.minus(properties.mailCooldown()));
    }

    private OneTimeToken usableToken(String token, OneTimeToken.Purpose purpose, Instant now) {
        return oneTimeTokens.findByTokenHashAndPurpose(SecureTokens.sha256(token), purpose)
                .filter(found -> found.usableAt(now)).orElseThrow(Accounts::invalidToken);
    }

    private void requireAcceptable(String password, String email, String field) {
        List<String> problems = policy.violations(password, email);
        if (!problems.isEmpty()) {
            throw new UnprocessableException("weak-password", "The password " + String.join("; ", problems) + ".",
                    problems.stream().map(problem -> new FieldViolation(field, problem)).toList());
        }
    }

    private static String localeOrDefault(String locale) {
        return locale == null || locale.isBlank() ? "en" : locale;
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email-taken", "An account with this e-mail address already exists.");
    }

    private static QhException invalidToken() {
        return new QhException(HttpStatus.BAD_REQUEST, "invalid-token", "Invalid token",
                "The link is invalid, expired or already used. Ask for a new one.");
    }
}
