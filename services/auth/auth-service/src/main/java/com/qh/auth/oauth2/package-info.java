/**
 * Sign-in with Google and GitHub by the authorization-code flow with PKCE, stateless: state and verifier are kept
 * in the database for a few minutes instead of an HTTP session, bound to the starting browser by a
 * {@code __Host-qh_oauth} cookie. A provider identity signs into the account it is linked to or creates a new one;
 * it is linked to an existing account only from that account's signed-in session, never because the e-mail
 * addresses match. Accounts with two-factor on need their TOTP code after the provider, as after a password.
 */
package com.qh.auth.oauth2;
