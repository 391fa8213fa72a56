/**
 * Access control shared by every service: verification of auth's JWTs, roles, the {@link
 * com.qh.platform.security.AuthenticatedUser} handed to controllers, and the denylist of revoked tokens.
 */
package com.qh.platform.security;
