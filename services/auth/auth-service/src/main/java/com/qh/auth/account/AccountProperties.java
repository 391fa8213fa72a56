package com.qh.auth.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules for accounts and their credentials.
 *
 * @param passwordMinLength shortest password accepted
 * @param emailVerificationTtl how long an e-mail verification link works
 * @param passwordResetTtl how long a password reset link works
 * @param mailCooldown least time between two verification or reset mails to one account, so nobody can flood a
 *        mailbox through the forgot-password or resend endpoints
 * @param hashingConcurrency most password hashes computed at once; 0 (the default) means two per core
 * @param hashingMaxWait longest a sign-in, sign-up or password change waits for its turn to hash before it is
 *        answered 503 with {@code Retry-After}
 */
@ConfigurationProperties("qh.auth.account")
public record AccountProperties(
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue("24h") Duration emailVerificationTtl,
        @DefaultValue("30m") Duration passwordResetTtl,
        @DefaultValue("1m") Duration mailCooldown,
        @DefaultValue("0") int hashingConcurrency,
        @DefaultValue("30s") Duration hashingMaxWait) {
}
