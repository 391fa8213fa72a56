/**
 * E-mail subscriptions for people with or without an account: subscribe with double opt-in (a confirmation mail),
 * status by address, and unsubscribe; one subscription per address, compared without letter case.
 */
package com.qh.notification.subscription;
