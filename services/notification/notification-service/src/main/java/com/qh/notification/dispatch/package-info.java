/**
 * Turns an event about a user into messages on every channel that has a template for it and that the user wants:
 * e-mail (with a one-click unsubscribe link), in-app, SMS and Web Push.
 */
package com.qh.notification.dispatch;
