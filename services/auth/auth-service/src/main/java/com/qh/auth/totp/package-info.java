/** Optional TOTP two-factor authentication: enrolment, confirmation, verification at sign-in, and disabling. */
package com.qh.auth.totp;
