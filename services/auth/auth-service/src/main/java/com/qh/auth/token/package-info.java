/**
 * Tokens: RSA signing keys kept in the database and rotated, the JWKS, access-token issuing and verification, and
 * refresh tokens that rotate on every use and revoke their whole family when a spent one comes back.
 * {@link com.qh.auth.token.Sessions} is the face the other features use.
 */
package com.qh.auth.token;
