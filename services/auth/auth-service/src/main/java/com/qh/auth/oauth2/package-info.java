/**
 * Sign-in with Google and GitHub by the authorization-code flow with PKCE, stateless: state and verifier are kept
 * in the database for a few minutes instead of an HTTP session. An external identity is linked to an existing
 * account only when the provider vouches for the e-mail address.
 */
package com.qh.auth.oauth2;
