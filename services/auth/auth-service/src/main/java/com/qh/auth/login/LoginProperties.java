package com.qh.auth.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force defences of sign-in.
 *
 * @param maxFailures consecutive failed sign-ins that lock an account
 * @param lockoutDuration how long the lock lasts; it ends by itself, so an attacker cannot lock someone out for good
 * @param attemptsPerIp sign-in attempts one IP address may make per {@code throttleWindow}
 * @param attemptsPerAccount sign-in attempts for one e-mail address per {@code throttleWindow}, from anywhere
 * @param throttleWindow length of the throttling window
 */
@ConfigurationProperties("qh.auth.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30") int attemptsPerIp,
        @DefaultValue("10") int attemptsPerAccount,
        @DefaultValue("1m") Duration throttleWindow) {
}
