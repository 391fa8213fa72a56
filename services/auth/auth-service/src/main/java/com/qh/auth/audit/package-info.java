/** The log of security events (sign-ins, lockouts, password and role changes, deletions) and its admin query. */
package com.qh.auth.audit;
