/**
 * Accounts and their credentials: sign-up with the password policy, e-mail verification, forgotten and changed
 * passwords, and the current user's profile. {@link com.qh.auth.account.UserAccount} is the aggregate the other
 * features act on through {@link com.qh.auth.account.Accounts}.
 */
package com.qh.auth.account;
