/**
 * Opaque random secrets handed to clients and the digests they are stored as. The bottom of the service: every
 * feature that hands out a secret (account's e-mail and reset tokens, token's refresh tokens, oauth2's state and
 * PKCE verifiers) uses it, and it uses none of them.
 */
package com.qh.auth.secret;
