/**
 * The auth service. Features live in sub-packages: {@code account} (sign-up, verification, passwords),
 * {@code token} (signing keys, JWKS, access and refresh tokens), {@code login} (sign-in, throttling, lockout),
 * {@code totp} (two-factor), {@code oauth2} (Google and GitHub), {@code admin} (user management),
 * {@code audit} (security event log) and {@code secret} (random secrets and their digests). Each is a Spring Modulith
 * application module: {@code ModulesTest} keeps them free of cycles. Lower features own what higher ones need of
 * them ({@code account.OpenSessions} is implemented by {@code token.Sessions}; {@code account.LockoutPolicy} is
 * made from sign-in's settings).
 */
package com.qh.auth;
