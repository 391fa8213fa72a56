/**
 * Delivery: a persistent queue of messages (one per event, channel and recipient, so nothing is sent twice), a
 * worker that sends what is due and retries failures with backoff until it parks them as dead, the log of every
 * attempt, and the e-mail senders (SMTP, or captured locally in the default run).
 */
package com.qh.notification.delivery;
