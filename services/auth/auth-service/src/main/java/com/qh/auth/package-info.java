/**
 * The auth service. Features live in sub-packages: {@code account} (sign-up, verification, passwords),
 * {@code token} (signing keys, JWKS, access and refresh tokens), {@code login} (sign-in, throttling, lockout),
 * {@code totp} (two-factor), {@code oauth2} (Google and GitHub), {@code admin} (user management) and
 * {@code audit} (security event log).
 */
package com.qh.auth;
