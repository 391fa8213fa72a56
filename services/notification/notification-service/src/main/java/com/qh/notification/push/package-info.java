/**
 * Web Push: the browsers a user registered (Push API subscriptions), the server's VAPID key pair, and the sender
 * that encrypts a message for a browser (RFC 8291) and hands it to its push service with a VAPID token (RFC 8292).
 */
package com.qh.notification.push;
