/**
 * Account pages: sign up, sign in (with the two-factor step), sign out, the verify-email and reset-password pages
 * auth's mails link to, forgot password, change password. Each posts to auth's public API through the gateway and
 * shows its problem documents on the form.
 */
package com.qh.web.account;
