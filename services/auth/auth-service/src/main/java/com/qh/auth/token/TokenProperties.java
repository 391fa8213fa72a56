package com.qh.auth.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lifetimes of the tokens auth hands out.
 *
 * @param accessTokenTtl lifetime of a JWT access token; short, since a stolen one works until it expires
 * @param refreshTokenTtl lifetime of a refresh token; each refresh starts a new one
 * @param sessionMaxAge longest a session lives from its sign-in, however often it is refreshed: past it a refresh
 *        is refused ({@code session-expired}) and no token of the session outlives it, so a stolen refresh token
 *        cannot keep a session open for ever
 */
@ConfigurationProperties("qh.auth.tokens")
public record TokenProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue("30d") Duration sessionMaxAge) {
}
