/** Erasure: when an account is deleted, its profile goes with it; and re-encryption after a key rotation. */
package com.qh.profile.erasure;
