package com.qh.auth.account;

import com.qh.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's account: identity, credentials, role and sign-in state. Changes go through its methods, which keep
 * the rules (a disabled account stays disabled until enabled, a lockout ends by time, ...). Never leaves the
 * service: controllers map it to records.
 */
@Entity
@Table(name = "user_account")
// Only changed columns are written: sign-in bookkeeping is updated by atomic statements beside this entity.
@DynamicUpdate
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    /** UTS #39 skeleton of {@link #email}, so look-alike addresses are found by an index (V7). */
    private String emailSkeleton;

    private String passwordHash;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String locale;

    private boolean emailVerified;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled;

    @Convert(converter = EncryptedStringConverter.class)
    private String totpSecret;

    private boolean totpEnabled;

    private Long totpLastStep;

    private int failedLoginCount;

    private Instant lockedUntil;

    private Instant lastLoginAt;

    private Instant passwordChangedAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String email, String passwordHash, String displayName, String locale, boolean emailVerified,
            Role role, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.emailSkeleton = EmailAddresses.skeleton(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.locale = locale;
        this.emailVerified = emailVerified;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
        this.passwordChangedAt = passwordHash == null ? null : now;
    }

    /** A new account signed up with a password; its address is unconfirmed until the user follows the link. */
    public static UserAccount withPassword(String normalisedEmail, String passwordHash, String displayName,
            String locale, Instant now) {
        return new UserAccount(normalisedEmail, Objects.requireNonNull(passwordHash), displayName, locale, false,
                Role.USER, now);
    }

    /** A new account created from Google or GitHub; it has no password until the user sets one by reset. */
    public static UserAccount fromExternalIdentity(String normalisedEmail, String displayName, String locale,
            boolean emailVerified, Instant now) {
        return new UserAccount(normalisedEmail, null, displayName, locale, emailVerified, Role.USER, now);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String displayName() {
        return displayName;
    }

    public String locale() {
        return locale;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    public int failedLoginCount() {
        return failedLoginCount;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void verifyEmail(Instant now) {
        emailVerified = true;
        touch(now);
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = Objects.requireNonNull(newHash);
        passwordChangedAt = now;
        // A new password ends a lockout: whoever set it proved control of the account or its mailbox.
        failedLoginCount = 0;
        lockedUntil = null;
        touch(now);
    }

    /**
     * Replaces the stored hash of the same password with a stronger one (made with today's Argon2 parameters). Not
     * a password change: sessions, lockout and the change date stay as they are.
     */
    public void upgradePasswordHash(String strongerHash, Instant now) {
        passwordHash = Objects.requireNonNull(strongerHash);
        touch(now);
    }

    public void startTotpEnrolment(String secret, Instant now) {
        totpSecret = secret;
        totpEnabled = false;
        totpLastStep = null;
        touch(now);
    }

    public void enableTotp(Instant now) {
        if (totpSecret == null) {
            throw new IllegalStateException("No TOTP enrolment to confirm");
        }
        totpEnabled = true;
        touch(now);
    }

    public void disableTotp(Instant now) {
        totpSecret = null;
        totpEnabled = false;
        totpLastStep = null;
        touch(now);
    }

    /** Remembers the time step of an accepted code, so the same code cannot be used twice. */
    public void acceptTotpStep(long step, Instant now) {
        totpLastStep = step;
        touch(now);
    }

    public void changeRole(Role newRole, Instant now) {
        role = Objects.requireNonNull(newRole);
        touch(now);
    }

    public void disable(Instant now) {
        enabled = false;
        touch(now);
    }

    public void enable(Instant now) {
        enabled = true;
        failedLoginCount = 0;
        lockedUntil = null;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }
}
