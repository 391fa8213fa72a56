/**
 * Account pages: sign up, sign in (with the two-factor step), sign out, the verify-email and reset-password pages
 * auth's mails link to, forgot password, change password. Each posts to auth's public API through the gateway and
 * shows its problem documents on the form. Signing in with Google or GitHub, and linking one to the account, runs
 * through the web app too ({@code OAuthController}): auth's answer is taken server-side, so the browser never holds
 * a token nor auth's browser-binding cookie.
 */
package com.qh.web.account;
