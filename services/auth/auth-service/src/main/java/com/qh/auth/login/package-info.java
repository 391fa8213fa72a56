/**
 * Sign-in with a password (and a TOTP code when enabled), refresh and logout; per-IP and per-account throttling
 * and the temporary lockout after repeated failures.
 */
package com.qh.auth.login;
