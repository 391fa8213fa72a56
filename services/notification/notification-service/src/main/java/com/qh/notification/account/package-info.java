/**
 * The account mails auth's events call for: address verification, password reset and welcome, in the user's
 * language; and erasure of everything kept for a deleted account.
 */
package com.qh.notification.account;
