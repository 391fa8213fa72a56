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
 */
@ConfigurationProperties("qh.auth.account")
public record AccountProperties(
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue("24h") Duration emailVerificationTtl,
        @DefaultValue("30m") Duration passwordResetTtl,
        @DefaultValue("1m") Duration mailCooldown) {
}
